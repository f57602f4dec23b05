using HelpBot.Bot.Ai;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Tests.Ai;

public sealed class GroundingCheckerTests
{
    private static readonly GroundingPassage Monowasure = new("monowasure-ninchisho", "もの忘れが気になる・認知症かもしれない", null,
        "もの忘れが増えたら、早めに相談することが大切です。地域包括支援センターが受けます。",
        "認知症コールセンター（電話 044-522-0090）でも相談できます。介護予防教室の参加費は1回500円です。");

    private static readonly GroundingPassage Kouken = new("seinen-kouken", "成年後見制度", "https://www.city.kawasaki.jp/350/page/0000012345.html",
        "判断能力が不十分な方の財産や権利を守る制度です。", "申立ての費用は、収入印紙など約1万円です。");

    private static readonly Counter Houkatsu = new()
    {
        Id = "houkatsu-guide-nakahara", Kind = RoutingKind.Houkatsu, Ward = "中原区",
        Name = "中原区の地域包括支援センター（区役所がご案内します）", Phone = "044-744-3113", PhoneLabel = "区役所総合案内",
        Url = "https://www.city.kawasaki.jp/nakahara/", Source = "fixture", Verified = new DateOnly(2026, 1, 1),
        Location = new ContentLocation("content/counters.yaml", 1),
    };

    private static GroundingResult Check(string answer) => GroundingChecker.Check(answer, [Monowasure, Kouken], [Houkatsu]);

    [Fact]
    public void An_answer_citing_a_given_passage_is_grounded_and_the_markers_are_taken_out()
    {
        var result = Check("早めに相談することが大切です [monowasure-ninchisho]。中原区の地域包括支援センターが話を聞きます。");
        Assert.True(result.IsGrounded);
        Assert.Equal(["monowasure-ninchisho"], result.CitedIds);
        Assert.Equal("早めに相談することが大切です。中原区の地域包括支援センターが話を聞きます。", result.Text);
    }

    [Theory]
    [InlineData("［monowasure-ninchisho］")]
    [InlineData("【monowasure-ninchisho】")]
    [InlineData("[Monowasure-Ninchisho]")]
    [InlineData("[monowasure-ninchisho, seinen-kouken]")]
    public void Citations_in_other_brackets_cases_and_lists_are_read(string marker)
    {
        var result = Check("早めに相談してください" + marker + "。");
        Assert.True(result.IsGrounded, result.Refusal);
        Assert.Contains("monowasure-ninchisho", result.CitedIds);
        Assert.Equal("早めに相談してください。", result.Text);
    }

    [Fact]
    public void An_answer_citing_nothing_is_refused() =>
        Assert.Equal(GroundingChecker.NoCitation, Check("早めに地域包括支援センターに相談してください。").Refusal);

    [Theory]
    [InlineData("相談してください [kaigo-hoken]。")]
    [InlineData("相談してください [monowasure-ninchisho][1]。")]
    [InlineData("詳しくは [こちら](https://www.city.kawasaki.jp/) [monowasure-ninchisho] [here]。")]
    public void An_answer_citing_an_unknown_id_is_refused(string answer) =>
        Assert.Equal(GroundingChecker.UnknownCitation, Check(answer).Refusal);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[monowasure-ninchisho]")]
    public void An_empty_answer_is_refused(string answer) => Assert.Equal(GroundingChecker.Empty, Check(answer).Refusal);

    [Theory]
    [InlineData("認知症コールセンター（044-522-0090）に電話できます [monowasure-ninchisho]。")]
    [InlineData("認知症コールセンター（０４４－５２２－００９０）に電話できます [monowasure-ninchisho]。")]
    [InlineData("Call the dementia call centre at +81-44-522-0090 [monowasure-ninchisho].")]
    [InlineData("区役所総合案内 044 744 3113 にお電話ください [monowasure-ninchisho]。")]
    public void A_phone_number_from_a_cited_passage_or_the_counter_card_passes(string answer) =>
        Assert.True(Check(answer).IsGrounded, Check(answer).Refusal);

    [Theory]
    [InlineData("地域包括支援センター（044-123-4567）に電話してください [monowasure-ninchisho]。")]
    [InlineData("フリーダイヤル 0120-123-456 へ [monowasure-ninchisho]。")]
    [InlineData("携帯 090-1234-5678 へ [monowasure-ninchisho]。")]
    [InlineData("困ったら #7119 へ [monowasure-ninchisho]。")]
    [InlineData("Gọi 189 [monowasure-ninchisho].")]
    public void An_invented_phone_number_is_refused(string answer) =>
        Assert.Equal(GroundingChecker.UngroundedPhone, Check(answer).Refusal);

    [Fact]
    public void A_phone_number_only_in_a_passage_the_answer_does_not_cite_is_refused()
    {
        var result = Check("認知症コールセンター（044-522-0090）もあります [seinen-kouken]。");
        Assert.Equal(GroundingChecker.UngroundedPhone, result.Refusal);
    }

    [Theory]
    [InlineData("詳しくは https://www.city.kawasaki.jp/350/page/0000012345.html をご覧ください [seinen-kouken]。")]
    [InlineData("詳しくは city.kawasaki.jp/350/page/0000012345.html へ [seinen-kouken]。")]
    [InlineData("区のページ https://www.city.kawasaki.jp/nakahara/ [monowasure-ninchisho]")]
    public void A_url_from_a_cited_passage_or_the_counter_card_passes(string answer) =>
        Assert.True(Check(answer).IsGrounded, Check(answer).Refusal);

    [Theory]
    [InlineData("詳しくは https://kawasaki-kaigo.example.com/help をご覧ください [seinen-kouken]。")]
    [InlineData("詳しくは www.kaigo-soudan.jp へ [seinen-kouken]。")]
    [InlineData("help@city.kawasaki.jp にメールを [seinen-kouken]。")]
    [InlineData("詳しくは https://www.city.kawasaki.jp/350/page/9999.html [seinen-kouken]。")]
    public void An_invented_url_or_mail_address_is_refused(string answer) =>
        Assert.Equal(GroundingChecker.UngroundedUrl, Check(answer).Refusal);

    [Theory]
    [InlineData("費用は約1万円です [seinen-kouken]。")]
    [InlineData("費用は約10,000円です [seinen-kouken]。")]
    [InlineData("費用は約一万円です [seinen-kouken]。")]
    [InlineData("The fee is about ¥10,000 [seinen-kouken].")]
    [InlineData("The fee is about 10,000 yen [seinen-kouken].")]
    [InlineData("Chi phí khoảng 10.000 yên [seinen-kouken].")]
    [InlineData("费用约1万日元 [seinen-kouken]。")]
    [InlineData("비용은 약 1만 엔입니다 [seinen-kouken].")]
    [InlineData("参加費は1回500円です [monowasure-ninchisho]。")]
    public void An_amount_from_a_cited_passage_passes_however_it_is_written(string answer) =>
        Assert.True(Check(answer).IsGrounded, Check(answer).Refusal);

    [Theory]
    [InlineData("費用は約3万円です [seinen-kouken]。")]
    [InlineData("費用は1万5千円です [seinen-kouken]。")]
    [InlineData("The fee is about $100 [seinen-kouken].")]
    [InlineData("費用は約1万元です [seinen-kouken]。")]
    [InlineData("参加費は500円です [seinen-kouken]。")]
    public void An_invented_amount_is_refused(string answer) =>
        Assert.Equal(GroundingChecker.UngroundedAmount, Check(answer).Refusal);

    [Fact]
    public void Ordinary_numbers_are_neither_phones_nor_amounts()
    {
        var result = Check("65歳以上の方は、2026年4月1日から、9:00〜17:00に相談できます。〒211-8570 [monowasure-ninchisho]");
        Assert.True(result.IsGrounded, result.Refusal);
    }

    [Fact]
    public void Amounts_are_read_by_value_and_currency()
    {
        Assert.Equal(["yen:15000"], GroundingChecker.Amounts("1万5千円"));
        Assert.Equal(["yen:15000"], GroundingChecker.Amounts("一万五千円"));
        Assert.Equal(["yen:15000"], GroundingChecker.Amounts("1.5万円"));
        Assert.Equal(["yen:300000"], GroundingChecker.Amounts("三十万円"));
        Assert.Equal(["usd:12.5"], GroundingChecker.Amounts("$12.50"));
        Assert.Equal(["won:15000"], GroundingChecker.Amounts("1만 5천 원"));
    }

    [Fact]
    public void Phones_are_read_as_digits()
    {
        Assert.Equal(["0447443113"], GroundingChecker.Phones("電話 044(744)3113"));
        Assert.Equal(["09012345678"], GroundingChecker.Phones("+81 90-1234-5678"));
        Assert.Equal(["119", "#7119"], GroundingChecker.Phones("119番、#7119"));
        Assert.Empty(GroundingChecker.Phones("2026-01-01 〒211-8570 1190円"));
    }
}
