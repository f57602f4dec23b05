using HelpBot.Knowledge.Content;

namespace HelpBot.Content.Tests;

/// <summary>The repository's own content/ folder, loaded once for every live-content check.</summary>
public static class LiveContent
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly Lazy<(ContentSet Content, ContentReport Report)> Loaded =
        new(() => new ContentLoader().Load(Path.Combine(RepositoryRoot, "content"), "content"));

    public static ContentSet Content => Loaded.Value.Content;

    public static ContentReport Report => Loaded.Value.Report;

    public static string PathOf(string relative) => Path.Combine(RepositoryRoot, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HelpBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("HelpBot.sln not found above " + AppContext.BaseDirectory);
    }
}
