using System.Text;
using HelpBot.Knowledge.Content;
using Xunit;

namespace HelpBot.Tests.Shared;

/// <summary>
/// A private copy of the fixture content folder (tests/Knowledge.Tests/Fixtures/content) that a
/// test may change one file of, then load. Messages name files as "content/…".
/// </summary>
public sealed class ContentFolder : IDisposable
{
    // Noon in Kawasaki (03:00 UTC) on a Thursday: inside staffing hours.
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    public string Root { get; }

    public ContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "helpbot-content-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), Root);
    }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public ContentFolder Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    public ContentFolder WriteBytes(string relative, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(relative), bytes);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces one exact piece of a fixture file, failing loudly when the piece is not there.</summary>
    public ContentFolder Replace(string relative, string from, string to)
    {
        var text = Read(relative);
        Assert.Contains(from, text);
        return Write(relative, text.Replace(from, to));
    }

    public ContentFolder Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    public (ContentSet Content, ContentReport Report) Load() =>
        new ContentLoader(new FixedClock(Today)).Load(Root, "content");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}
