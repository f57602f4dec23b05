using HelpBot.Knowledge.Content;

namespace HelpBot.Knowledge.Tests.Content;

public sealed class ContentChangesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpbot-changes-" + Guid.NewGuid().ToString("N"));

    private void Write(string relative, DateTime writtenUtc)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }

    [Fact]
    public void Only_files_written_after_the_build_are_listed_and_hidden_folders_are_not()
    {
        var built = new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
        Write("counters.yaml", built.UtcDateTime.AddMinutes(-5));
        Write("pamphlet/ninchisho.md", built.UtcDateTime.AddSeconds(1));
        Write("synonyms.txt", built.UtcDateTime.AddHours(2));
        Write(".git/HEAD", built.UtcDateTime.AddHours(2));

        Assert.Equal(["pamphlet/ninchisho.md", "synonyms.txt"], ContentChanges.Since(_root, built));
    }

    [Fact]
    public void A_missing_folder_has_no_changes() =>
        Assert.Empty(ContentChanges.Since(Path.Combine(_root, "absent"), DateTimeOffset.UtcNow));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
