namespace HelpBot.Search.Bench;

/// <summary>Paths in the repository this benchmark runs from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Content => Path.Combine(Root, "content");

    public static IReadOnlyList<string> Queries()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "tests", "eval", "residents.jsonl"))
            .Concat(File.ReadAllLines(Path.Combine(Root, "tests", "eval", "holdout.jsonl")));
        return lines.Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HelpBot.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HelpBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the HelpBot repository");
    }
}
