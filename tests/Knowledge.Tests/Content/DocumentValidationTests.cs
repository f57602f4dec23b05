using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Content;

public sealed class DocumentValidationTests
{
    private const string Valid = """
        ---
        id: kaigo-test
        collection: pamphlet
        title: 介護のこと
        topics: [介護]
        routes_to: [houkatsu]
        audience: [家族]
        examples: [親の介護が心配, 介護保険の申請, 介護サービスを使いたい, 親が歩けなくなった, 介護の相談先]
        summary_easy: かいごの そうだんが できます。
        source: HelpBot
        updated: 2026-11-01
        ---

        介護の相談は地域包括支援センターへ。

        詳しい説明。
        """;

    private static HelpBot.Knowledge.Content.ContentReport LoadDocument(string text, string file = "pamphlet/kaigo.md")
    {
        using var folder = new ContentFolder();
        folder.Write(file, text);
        return folder.Load().Report;
    }

    [Fact]
    public void The_valid_sample_loads()
    {
        ReportAssert.Clean(LoadDocument(Valid));
    }

    [Fact]
    public void A_missing_field_is_reported_at_the_front_matter()
    {
        var report = LoadDocument(Valid.Replace("title: 介護のこと\n", ""));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:2", "必須項目 'title'");
    }

    [Fact]
    public void An_unknown_field_is_reported_at_its_line()
    {
        var report = LoadDocument(Valid.Replace("audience: [家族]", "audiance: [家族]"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:7", "不明な項目 'audiance'");
    }

    [Fact]
    public void An_unknown_routing_kind_is_reported_at_its_line()
    {
        var report = LoadDocument(Valid.Replace("routes_to: [houkatsu]", "routes_to: [houkatsu, hospital]"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:6", "'hospital' は不明");
    }

    [Fact]
    public void An_unknown_counter_id_is_reported()
    {
        var report = LoadDocument(Valid.Replace("audience: [家族]", "audience: [家族]\ncounters: [no-such-counter]"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:8", "'no-such-counter' は counters.yaml にありません");
    }

    [Fact]
    public void A_mistyped_list_is_reported()
    {
        var report = LoadDocument(Valid.Replace("topics: [介護]", "topics: 介護"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:5", "'topics' はリスト");
    }

    [Fact]
    public void A_duplicate_document_id_names_the_first()
    {
        var report = LoadDocument(Valid.Replace("id: kaigo-test", "id: shouhisha"));
        var issue = ReportAssert.Error(report, "content/pamphlet/shouhisha.md:1", "'shouhisha' が重複");
        Assert.Contains("content/pamphlet/kaigo.md:1", issue.Message);
    }

    [Fact]
    public void A_collection_that_disagrees_with_its_folder_is_reported()
    {
        var report = LoadDocument(Valid.Replace("collection: pamphlet", "collection: portal"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:3", "フォルダ 'pamphlet'");
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_reported()
    {
        var report = LoadDocument(Valid.Replace("id: kaigo-test", "id: Kaigo_Test"));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:2", "半角英小文字");
    }

    [Fact]
    public void Missing_front_matter_is_reported_at_line_one()
    {
        var report = LoadDocument("介護の相談は地域包括支援センターへ。\n");
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:1", "front matter");
    }

    [Fact]
    public void Broken_front_matter_yaml_is_reported_at_the_file_line()
    {
        var report = LoadDocument(Valid.Replace("topics: [介護]", "topics: [介護"));
        var issue = report.Errors.Single(e => e.File == "content/pamphlet/kaigo.md");
        Assert.Contains("YAML", issue.Message);
        Assert.InRange(issue.Line, 5, 7);
    }

    [Fact]
    public void A_missing_first_paragraph_is_reported()
    {
        var text = Valid[..(Valid.IndexOf("---\n\n", StringComparison.Ordinal) + 4)] + "\n## 見出しだけ\n";
        var report = LoadDocument(text);
        Assert.Contains(report.Errors, e => e.File == "content/pamphlet/kaigo.md" && e.Message.Contains("最初の段落"));
    }

    [Theory]
    [InlineData("お電話は 044-200-3939 まで。")]
    [InlineData("迷ったら #7119 へ。")]
    [InlineData("すぐに119番してください。")]
    [InlineData("フリーダイヤル 0120-874-124")]
    public void A_phone_number_in_the_body_is_reported_at_its_line(string sentence)
    {
        var report = LoadDocument(Valid.Replace("詳しい説明。", "詳しい説明。\n\n" + sentence));
        ReportAssert.Error(report, "content/pamphlet/kaigo.md:18", "電話番号");
    }

    [Fact]
    public void Numbers_that_are_not_phone_numbers_are_fine_in_the_body()
    {
        var report = LoadDocument(Valid.Replace("詳しい説明。", "平成28年4月から、65歳以上の方に。2026-04-01 から。"));
        ReportAssert.Clean(report);
    }

    [Fact]
    public void A_long_first_paragraph_is_a_warning()
    {
        var report = LoadDocument(Valid.Replace("介護の相談は地域包括支援センターへ。", new string('あ', 400)));
        ReportAssert.Warning(report, "content/pamphlet/kaigo.md:14", "400 文字");
        ReportAssert.Clean(report);
    }

    [Fact]
    public void A_manga_panel_without_alt_text_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("manga/sample.md", "alt: あいちゃんが話しかける。\n", "");
        var report = folder.Load().Report;
        ReportAssert.Error(report, "content/manga/sample.md:20", "コマ 2 に alt:");
    }

    [Fact]
    public void Manga_panels_out_of_order_are_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("manga/sample.md", "### コマ 2", "### コマ 3");
        ReportAssert.Error(folder.Load().Report, "content/manga/sample.md:20", "続いていません");
    }

    [Fact]
    public void A_file_that_is_not_markdown_is_a_warning_and_skipped()
    {
        using var folder = new ContentFolder();
        folder.Write("pamphlet/notes.txt", "memo");
        var report = folder.Load().Report;
        ReportAssert.Warning(report, "content/pamphlet/notes.txt:1", ".md");
        ReportAssert.Clean(report);
    }
}
