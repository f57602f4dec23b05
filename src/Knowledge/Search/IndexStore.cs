namespace HelpBot.Knowledge.Search;

/// <summary>
/// The index folder under the data path: one folder per generation and a CURRENT file naming the
/// one in service. Publishing rewrites CURRENT by an atomic rename, so a reader sees either the
/// old name or the new one, never half of either.
/// </summary>
public sealed class IndexStore
{
    public const string CurrentFile = "CURRENT";
    public const int GenerationsKept = 3;

    public IndexStore(string dataPath)
    {
        Root = Path.Combine(dataPath, "index");
        Directory.CreateDirectory(GenerationsRoot);
    }

    public string Root { get; }

    public string GenerationsRoot => Path.Combine(Root, "generations");

    public string CurrentPath => Path.Combine(Root, CurrentFile);

    public string PathOf(string generation) => Path.Combine(GenerationsRoot, generation);

    public string? CurrentName()
    {
        try
        {
            var name = File.ReadAllText(CurrentPath).Trim();
            return name.Length > 0 && Directory.Exists(PathOf(name)) ? name : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Publish(string generation)
    {
        var temp = CurrentPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, generation + "\n");
        File.Move(temp, CurrentPath, overwrite: true);
    }

    /// <summary>
    /// Removes old generations, keeping the current one and the newest others, <see cref="GenerationsKept"/>
    /// in all. A server still reading an older one keeps its open files (POSIX unlink semantics) until it
    /// switches. The current one is counted first: names made within the same clock tick (a fixed test
    /// clock) sort by their random suffix, so the current one is not necessarily the greatest name.
    /// </summary>
    public void Prune()
    {
        var current = CurrentName();
        var old = Directory.GetDirectories(GenerationsRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n != current)
            .OrderDescending(StringComparer.Ordinal)
            .Skip(current is null ? GenerationsKept : GenerationsKept - 1);
        foreach (var name in old)
        {
            try { Directory.Delete(PathOf(name), recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>One build at a time across processes (the server's editor page and a CLI reindex).</summary>
    public FileStream AcquireBuildLock(TimeSpan wait)
    {
        var path = Path.Combine(Root, "build.lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// A name that sorts after every existing generation: a sequence number first (clocks can stand
    /// still or go back), then the time for people reading the folder. Call it under the build lock.
    /// </summary>
    public string NewGenerationName(DateTimeOffset now)
    {
        var last = Directory.GetDirectories(GenerationsRoot)
            .Select(Path.GetFileName)
            .Select(n => n is { Length: > 7 } && n[0] == 'g' && int.TryParse(n.AsSpan(1, 6), out var seq) ? seq : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"g{last + 1:D6}-{now.UtcDateTime:yyyyMMddTHHmmss}";
    }
}
