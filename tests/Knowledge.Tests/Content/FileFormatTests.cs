using System.Text;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Content;

/// <summary>Whatever bytes an editor saves, the loader answers with a clear error or reads them correctly.</summary>
public sealed class FileFormatTests
{
    [Theory]
    [InlineData("counters.yaml")]
    [InlineData("areas.yaml")]
    [InlineData("safety.yaml")]
    [InlineData("synonyms.txt")]
    [InlineData("pamphlet/shouhisha.md")]
    public void An_empty_file_is_reported(string file)
    {
        using var folder = new ContentFolder();
        folder.Write(file, "");
        ReportAssert.Error(folder.Load().Report, $"content/{file}:1", "空です");
    }

    [Theory]
    [InlineData("counters.yaml")]
    [InlineData("pamphlet/shouhisha.md")]
    public void Binary_junk_is_reported_not_thrown(string file)
    {
        using var folder = new ContentFolder();
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        folder.WriteBytes(file, junk);
        var report = folder.Load().Report;
        Assert.Contains(report.Errors, e => e.File == $"content/{file}");
    }

    [Fact]
    public void A_shift_jis_file_is_reported_as_not_utf8()
    {
        using var folder = new ContentFolder();
        // 「中原区」 in Shift_JIS.
        folder.WriteBytes("synonyms.txt", [0x92, 0x86, 0x8C, 0xB4, 0x8B, 0xE6, 0x2C, 0x41, 0x0A]);
        ReportAssert.Error(folder.Load().Report, "content/synonyms.txt:1", "UTF-8");
    }

    [Fact]
    public void A_ten_megabyte_yaml_gets_a_clear_error()
    {
        using var folder = new ContentFolder();
        var sb = new StringBuilder();
        while (sb.Length < 10 * 1024 * 1024) sb.Append("- id: x\n  kind: other\n  name: 窓口の名前をここに長く書いておく\n");
        folder.Write("counters.yaml", sb.ToString());
        ReportAssert.Error(folder.Load().Report, "content/counters.yaml:1", "大きすぎます");
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_are_read_correctly_with_the_same_lines()
    {
        using var folder = new ContentFolder();
        var original = folder.Read("counters.yaml");
        var planted = original.IndexOf("kind: out_of_scope", StringComparison.Ordinal);
        var text = (original[..planted] + "kind: out_of_scop" + original[(planted + "kind: out_of_scope".Length)..]).Replace("\n", "\r\n");
        folder.WriteBytes("counters.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var doc = folder.Read("pamphlet/shouhisha.md").Replace("\n", "\r\n");
        folder.WriteBytes("pamphlet/shouhisha.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(doc)]);

        var (content, report) = folder.Load();

        // The only error is the one planted, at the same line it has with LF endings.
        var error = Assert.Single(report.Errors);
        Assert.Equal("content/counters.yaml", error.File);
        Assert.Equal(LineOf(folder.Read("counters.yaml"), "kind: out_of_scop"), error.Line);
        Assert.Contains(content.Documents, d => d.Id == "shouhisha" && d.Answer.StartsWith("契約や買い物"));
    }

    [Fact]
    public void A_missing_data_file_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Delete("safety.yaml");
        ReportAssert.Error(folder.Load().Report, "content/safety.yaml:1", "ありません");
    }

    [Fact]
    public void A_missing_content_folder_is_reported()
    {
        var report = new HelpBot.Knowledge.Content.ContentLoader().Load("/nonexistent/helpbot", "content").Report;
        ReportAssert.Error(report, "content:1", "ありません");
    }

    [Fact]
    public void A_yaml_file_that_is_a_single_string_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Write("areas.yaml", "just some words\n");
        ReportAssert.Error(folder.Load().Report, "content/areas.yaml:1", "リスト");
    }

    private static int LineOf(string text, string piece) =>
        text.Replace("\r\n", "\n")[..text.Replace("\r\n", "\n").IndexOf(piece, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
