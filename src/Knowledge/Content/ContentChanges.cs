namespace HelpBot.Knowledge.Content;

/// <summary>
/// The content files written after an index generation was built. ask and eval answer from the generation in
/// service, so an editor who changed content and forgot reindex would otherwise test the old text without knowing.
/// </summary>
public static class ContentChanges
{
    /// <returns>Paths relative to <paramref name="contentPath"/>, in order; hidden files and folders (.git) left out.</returns>
    public static IReadOnlyList<string> Since(string contentPath, DateTimeOffset builtAt)
    {
        if (!Directory.Exists(contentPath)) return [];
        var built = builtAt.UtcDateTime;
        return Directory.EnumerateFiles(contentPath, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Relative: Path.GetRelativePath(contentPath, file)))
            .Where(f => !f.Relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Where(f => File.GetLastWriteTimeUtc(f.File) > built)
            .Select(f => f.Relative.Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
