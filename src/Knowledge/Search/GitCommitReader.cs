namespace HelpBot.Knowledge.Search;

/// <summary>
/// The commit the content folder's git checkout is at, read from .git directly (no git binary
/// needed on the server). Null when the folder is not in a git checkout.
/// </summary>
public static class GitCommitReader
{
    public static string? TryRead(string path)
    {
        try
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(dotGit)) return Resolve(dotGit, dotGit);
                if (File.Exists(dotGit))
                {
                    // A worktree: ".git" is a file pointing at the worktree's git dir, whose refs live in the common dir.
                    var gitDir = File.ReadAllText(dotGit).Trim().Replace("gitdir:", "").Trim();
                    gitDir = Path.GetFullPath(gitDir, dir.FullName);
                    var commonFile = Path.Combine(gitDir, "commondir");
                    var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDir) : gitDir;
                    return Resolve(gitDir, common);
                }
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    private static string? Resolve(string gitDir, string commonDir)
    {
        var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal)) return IsSha(head) ? head : null;
        var reference = head[4..].Trim();
        var loose = Path.Combine(commonDir, reference);
        if (File.Exists(loose)) return File.ReadAllText(loose).Trim() is var sha && IsSha(sha) ? sha : null;
        var packed = Path.Combine(commonDir, "packed-refs");
        if (!File.Exists(packed)) return null;
        foreach (var line in File.ReadLines(packed))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && parts[1] == reference && IsSha(parts[0])) return parts[0];
        }
        return null;
    }

    private static bool IsSha(string s) => s.Length == 40 && s.All(Uri.IsHexDigit);
}
