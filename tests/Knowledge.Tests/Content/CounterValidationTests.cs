using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Content;

public sealed class CounterValidationTests
{
    private static HelpBot.Knowledge.Content.ContentReport LoadCounters(string yaml)
    {
        using var folder = new ContentFolder();
        // Other files reference fixture counters; keep them valid by naming only the counters file in assertions.
        folder.Write("counters.yaml", yaml);
        return folder.Load().Report;
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var report = LoadCounters("""
            - id: a
              kind: mimamori
              name: [unclosed
              source: x
            """);
        ReportAssert.Error(report, "content/counters.yaml:3", "YAML");
        Assert.DoesNotContain(report.Issues, i => i.Message.Contains("空です"));
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_entry()
    {
        var report = LoadCounters("""
            - id: first
              kind: other
              name: 一つ目
              source: x
              verified: 2026-01-01
            - id: second
              kind: other
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, "content/counters.yaml:6", "必須項目 'name'");
    }

    [Fact]
    public void An_unknown_field_is_reported_with_a_suggestion()
    {
        var report = LoadCounters("""
            - id: a
              kind: other
              name: 窓口
              phon: 044-200-3030
              source: x
              verified: 2026-01-01
            """);
        var issue = ReportAssert.Error(report, "content/counters.yaml:4", "不明な項目 'phon'");
        Assert.Contains("'phone'", issue.Message);
    }

    [Fact]
    public void A_mistyped_field_is_reported()
    {
        var report = LoadCounters("""
            - id: a
              kind: houkatsu
              ward: 麻生区
              name: 窓口
              areas: 片平
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, "content/counters.yaml:5", "'areas' はリスト");
    }

    [Fact]
    public void An_unknown_routing_kind_is_reported()
    {
        var report = LoadCounters("""
            - id: a
              kind: hokatsu
              name: 窓口
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, "content/counters.yaml:2", "kind 'hokatsu' は不明");
    }

    [Theory]
    [InlineData("中原")]
    [InlineData("Nakahara-ku")]
    [InlineData("川崎市中原区")]
    public void A_ward_that_is_not_canonical_is_reported(string ward)
    {
        var report = LoadCounters($"""
            - id: a
              kind: mimamori
              ward: {ward}
              name: 窓口
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, "content/counters.yaml:3", $"ward '{ward}' は区の正式名ではありません");
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        var report = LoadCounters("""
            - id: a
              kind: other
              name: 一つ目
              source: x
              verified: 2026-01-01
            - id: a
              kind: other
              name: 二つ目
              source: x
              verified: 2026-01-01
            """);
        var issue = ReportAssert.Error(report, "content/counters.yaml:6", "'a' が重複");
        Assert.Contains("content/counters.yaml:1", issue.Message);
    }

    [Fact]
    public void A_counter_past_its_valid_until_is_an_error()
    {
        var report = LoadCounters("""
            - id: old-line
              kind: emergency
              name: 終了した窓口
              phone: 044-000-0000
              source: x
              verified: 2026-01-23
              valid_until: 2026-03-31
            """);
        ReportAssert.Error(report, "content/counters.yaml:7", "期限切れ");
    }

    [Fact]
    public void A_stale_verified_date_is_a_warning_not_an_error()
    {
        var report = LoadCounters("""
            - id: a
              kind: other
              name: 窓口
              source: x
              verified: 2024-03-01
            """);
        ReportAssert.Warning(report, "content/counters.yaml:5", "1 年以上");
        Assert.DoesNotContain(report.Errors, e => e.File == "content/counters.yaml");
    }

    [Theory]
    [InlineData("044-744-31130", 4)]
    [InlineData("でんわ", 4)]
    [InlineData("7119", 4)]
    [InlineData("44-744-3113", 4)]
    public void A_phone_that_is_not_a_number_is_reported(string phone, int line)
    {
        var report = LoadCounters($"""
            - id: a
              kind: other
              name: 窓口
              phone: "{phone}"
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, $"content/counters.yaml:{line}", "電話番号の形ではありません");
    }

    [Fact]
    public void A_bad_date_is_reported()
    {
        var report = LoadCounters("""
            - id: a
              kind: other
              name: 窓口
              source: x
              verified: 2026/01/01
            """);
        ReportAssert.Error(report, "content/counters.yaml:5", "YYYY-MM-DD");
    }

    [Fact]
    public void A_town_in_two_centres_areas_is_reported()
    {
        var report = LoadCounters("""
            - id: a
              kind: houkatsu
              ward: 麻生区
              name: Aセンター
              areas: [片平, 白鳥]
              source: x
              verified: 2026-01-01
            - id: b
              kind: houkatsu
              ward: 麻生区
              name: Bセンター
              areas: [白鳥]
              source: x
              verified: 2026-01-01
            """);
        ReportAssert.Error(report, "content/counters.yaml:8", "'白鳥'");
    }

    [Fact]
    public void A_mapping_with_a_counters_list_is_read_like_a_list()
    {
        using var folder = new ContentFolder();
        var original = folder.Read("counters.yaml");
        var indented = "counters:\n" + string.Join('\n', original.Split('\n').Select(l => l.Length == 0 ? l : "  " + l));
        folder.Write("counters.yaml", indented);

        var (content, report) = folder.Load();

        ReportAssert.Clean(report);
        Assert.Equal(12, content.Counters.Count);
    }

    [Theory]
    [InlineData("0570-078309")]
    [InlineData("0120-874-124")]
    [InlineData("070-6985-3155")]
    [InlineData("#7119")]
    [InlineData("189")]
    public void Real_number_shapes_are_accepted(string phone)
    {
        var report = LoadCounters($"""
            - id: a
              kind: other
              name: 窓口
              phone: "{phone}"
              source: x
              verified: 2026-01-01
            """);
        Assert.DoesNotContain(report.Errors, e => e.File == "content/counters.yaml");
    }
}
