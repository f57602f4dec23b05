using HelpBot.Knowledge.Text;

namespace HelpBot.Content.Tests;

/// <summary>synonyms.txt connects kana and foreign-language words to the Japanese the content is written in.</summary>
public sealed class SynonymsTests
{
    private static readonly Dictionary<string, string> CanonicalOf = LiveContent.Content.Synonyms
        .SelectMany(g => g.AllForms.Select(f => (Form: TextNormalizer.Normalize(f), g.Canonical)))
        .ToDictionary(x => x.Form, x => x.Canonical);

    [Fact]
    public void There_are_at_least_150_groups()
    {
        Assert.True(LiveContent.Content.Synonyms.Count >= 150, $"only {LiveContent.Content.Synonyms.Count} groups");
    }

    [Theory]
    [InlineData("包括", "地域包括支援センター")]
    [InlineData("ほうかつ", "地域包括支援センター")]
    [InlineData("社協", "社会福祉協議会")]
    [InlineData("しゃきょう", "社会福祉協議会")]
    [InlineData("ケアマネ", "ケアマネジャー")]
    [InlineData("にんちしょう", "認知症")]
    [InlineData("dementia", "認知症")]
    [InlineData("认知症", "認知症")]
    [InlineData("失智症", "認知症")]
    [InlineData("sa sút trí tuệ", "認知症")]
    [InlineData("치매", "認知症")]
    [InlineData("かいご", "介護")]
    [InlineData("nursing care", "介護")]
    [InlineData("chăm sóc", "介護")]
    [InlineData("돌봄", "介護")]
    [InlineData("ものわすれ", "もの忘れ")]
    [InlineData("せいかつほご", "生活保護")]
    [InlineData("生保", "生活保護")]
    [InlineData("特養", "特別養護老人ホーム")]
    [InlineData("通所介護", "デイサービス")]
    [InlineData("母子健康手帳", "母子手帳")]
    [InlineData("あんしんセンター", "日常生活自立支援事業")]
    [InlineData("young carer", "ヤングケアラー")]
    [InlineData("hikikomori", "ひきこもり")]
    public void A_word_leads_to_its_japanese_form(string word, string canonical)
    {
        Assert.True(CanonicalOf.TryGetValue(TextNormalizer.Normalize(word), out var found), $"'{word}' is in no group");
        Assert.Equal(canonical, found);
    }
}
