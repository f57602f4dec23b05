namespace HelpBot.Content.Tests;

/// <summary>Every file under the live content/ folder, with its text, for scans that must cover all of them.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<(string Path, string Text)> All { get; } = Load();

    private static List<(string, string)> Load()
    {
        var root = LiveContent.PathOf("content");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(LiveContent.RepositoryRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }
}
