using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Content;

public sealed class DataFileValidationTests
{
    [Fact]
    public void A_synonym_in_two_groups_is_reported_with_both_lines()
    {
        using var folder = new ContentFolder();
        folder.Write("synonyms.txt", "# c\n社会福祉協議会, 社協\n包括, 地域包括支援センター\n区社協, 社協\n");
        ReportAssert.Error(folder.Load().Report, "content/synonyms.txt:4", "2 行目");
    }

    [Theory]
    [InlineData("社協\n", "2 つ以上")]
    [InlineData("社協, , 社会福祉協議会\n", "空の語")]
    [InlineData("社協 => 社会福祉協議会, 社福協\n", "=> の右は 1 語")]
    public void Bad_synonym_lines_are_reported(string line, string words)
    {
        using var folder = new ContentFolder();
        folder.Write("synonyms.txt", "認知症, dementia\n" + line);
        ReportAssert.Error(folder.Load().Report, "content/synonyms.txt:2", words);
    }

    [Fact]
    public void A_hash_number_is_not_a_comment_in_synonyms()
    {
        using var folder = new ContentFolder();
        folder.Write("synonyms.txt", "救急相談, #7119, しゃーぷななひゃくじゅうきゅう # comment\n");
        var (content, report) = folder.Load();
        ReportAssert.Clean(report);
        Assert.Contains("#7119", content.Synonyms.Single().Variants);
    }

    [Fact]
    public void A_safety_rule_with_an_unknown_urgency_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("safety.yaml", "urgency: crisis", "urgency: urgent");
        ReportAssert.Error(folder.Load().Report, "content/safety.yaml:10", "urgency 'urgent'");
    }

    [Fact]
    public void A_safety_rule_naming_an_unknown_counter_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("safety.yaml", "counters: [emergency-119]\n    phrases:\n      ja: [死にたい", "counters: [inochi-no-denwa]\n    phrases:\n      ja: [死にたい");
        ReportAssert.Error(folder.Load().Report, "content/safety.yaml:11", "'inochi-no-denwa'");
    }

    [Fact]
    public void A_safety_phrase_in_an_unknown_language_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("safety.yaml", "      en: [not breathing]", "      fr: [ne respire pas]");
        ReportAssert.Error(folder.Load().Report, "content/safety.yaml:8", "不明な項目 'fr'");
    }

    [Fact]
    public void A_safety_pattern_that_is_not_a_regex_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("safety.yaml", "    except: [死にたいほど忙しい]", "    patterns: ['死に(たい']");
        ReportAssert.Error(folder.Load().Report, "content/safety.yaml:14", "正規表現");
    }

    [Fact]
    public void A_place_in_two_wards_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("areas.yaml", "towns: [宮前平, 鷺沼, 有馬, 宮崎]", "towns: [宮前平, 鷺沼, 有馬, 宮崎, 溝口]");
        ReportAssert.Error(folder.Load().Report, "content/areas.yaml:25", "'溝口' が 高津区 と 宮前区");
    }

    [Fact]
    public void An_areas_ward_that_is_not_canonical_is_reported()
    {
        using var folder = new ContentFolder();
        folder.Replace("areas.yaml", "- ward: 幸区", "- ward: さいわい区");
        ReportAssert.Error(folder.Load().Report, "content/areas.yaml:7", "'さいわい区' は区の正式名ではありません");
    }

    [Fact]
    public void A_missing_ward_in_areas_is_a_warning()
    {
        using var folder = new ContentFolder();
        var text = folder.Read("areas.yaml");
        folder.Write("areas.yaml", text[..text.IndexOf("- ward: 麻生区", StringComparison.Ordinal)]);
        ReportAssert.Warning(folder.Load().Report, "content/areas.yaml:1", "麻生区 の地名がありません");
    }
}
