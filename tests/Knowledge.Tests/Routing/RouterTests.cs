using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Routing;

public sealed class RouterTests : IClassFixture<RouterTests.Index>
{
    public sealed class Index : IDisposable
    {
        public FixtureKnowledge Knowledge { get; } = new();
        public void Dispose() => Knowledge.Dispose();
    }

    private readonly Router _router;

    public RouterTests(Index index) => _router = index.Knowledge.Base.Router;

    [Fact]
    public void Safety_comes_first_with_the_rule_numbers_and_a_handoff()
    {
        var d = _router.Route("認知症の父が息してない");
        Assert.Equal(RoutingKind.Emergency, d.Kind);
        Assert.Equal(Urgency.Emergency, d.Urgency);
        Assert.True(d.Emergency);
        Assert.True(d.Handoff);
        Assert.Equal("emergency-119", Assert.Single(d.Counters).Id);
        Assert.Contains("息してない", d.Reason);
    }

    [Fact]
    public void A_crisis_phrase_has_crisis_urgency()
    {
        var d = _router.Route("もう消えたい");
        Assert.Equal(RoutingKind.Emergency, d.Kind);
        Assert.Equal(Urgency.Crisis, d.Urgency);
    }

    [Fact]
    public void A_worry_goes_to_its_topic_kind_with_a_readable_reason()
    {
        var d = _router.Route("母が最近もの忘れがひどくて心配です");
        Assert.Equal(RoutingKind.Houkatsu, d.Kind);
        Assert.Equal(Urgency.Normal, d.Urgency);
        Assert.False(d.Handoff);
        Assert.Contains("もの忘れが気になる", d.Reason);
        Assert.Contains("houkatsu", d.Reason);
        Assert.Equal("monowasure-ninchisho", d.Answer!.Document.Id);
        Assert.False(d.IsLowConfidence);
    }

    [Fact]
    public void Without_a_ward_the_decision_asks_for_one()
    {
        var d = _router.Route("母が最近もの忘れがひどくて心配です");
        Assert.Null(d.Ward);
        Assert.True(d.NeedsWard);
        Assert.Empty(d.Counters);
    }

    [Fact]
    public void A_place_in_the_text_gives_the_ward_and_its_counter()
    {
        var d = _router.Route("中原区に住む母がもの忘れがひどくて心配です");
        Assert.Equal("中原区", d.Ward);
        Assert.False(d.NeedsWard);
        Assert.Equal("houkatsu-guide-nakahara", d.Counters[0].Id);
    }

    [Fact]
    public void A_town_with_a_known_centre_gives_that_centre()
    {
        var d = _router.Route("栗平2丁目に住む父のもの忘れが心配");
        Assert.Equal("麻生区", d.Ward);
        Assert.Equal("houkatsu-kurikidai", d.Counters[0].Id);
    }

    [Fact]
    public void The_ward_from_earlier_in_the_conversation_is_used()
    {
        var d = _router.Route("母のもの忘れが心配です", new RoutingContext("麻生区"));
        Assert.Equal("麻生区", d.Ward);
        Assert.Equal("houkatsu-guide-asao", d.Counters[0].Id);
    }

    [Fact]
    public void A_topic_counter_listed_by_the_content_is_shown()
    {
        var d = _router.Route("訪問販売で高い布団を買わされた");
        Assert.Equal(RoutingKind.Other, d.Kind);
        Assert.Equal("consumer-center", Assert.Single(d.Counters).Id);
    }

    [Theory]
    [InlineData("人と話したい")]
    [InlineData("担当者につないでください")]
    [InlineData("I want to talk to a human")]
    [InlineData("상담원과 이야기하고 싶어요")]
    public void Asking_for_a_person_is_a_handoff(string text)
    {
        Assert.True(_router.Route(text).Handoff);
    }

    [Fact]
    public void Nothing_relevant_is_out_of_scope_with_the_city_call_centre()
    {
        var d = _router.Route("明日の天気はどうですか");
        Assert.Equal(RoutingKind.OutOfScope, d.Kind);
        Assert.Equal("thank-you-call", Assert.Single(d.Counters).Id);
        Assert.True(d.IsLowConfidence);
    }

    [Fact]
    public void An_empty_question_gets_a_clear_decision()
    {
        var d = _router.Route("   ");
        Assert.True(d.Empty);
        Assert.Equal(RoutingKind.OutOfScope, d.Kind);
        Assert.Contains("文字がありません", d.Reason);
    }

    [Fact]
    public void A_hundred_kilobyte_question_is_not_searched_but_still_checked_for_safety()
    {
        var filler = string.Concat(Enumerable.Repeat("母の介護のことで悩んでいます。", 7000));
        var d = _router.Route(filler);
        Assert.True(d.TooLong);
        Assert.Empty(d.Passages);
        Assert.Equal(RoutingKind.Emergency, _router.Route(filler + "父が息してない").Kind);
    }

    [Fact]
    public void Binary_junk_gets_a_decision_not_an_exception()
    {
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        var junk = System.Text.Encoding.UTF8.GetString(bytes);
        var d = _router.Route(junk);
        Assert.NotNull(d.Reason);
    }

    [Theory]
    [InlineData("My mother has dementia", "en")]
    [InlineData("我妈妈好像得了认知症", "zh")]
    [InlineData("Mẹ tôi bị bệnh", "vi")]
    [InlineData("엄마가 아파요", "ko")]
    [InlineData("介護保険 申請", "ja")]
    [InlineData("ははが にんちしょう", "ja")]
    public void The_language_is_detected(string text, string lang)
    {
        Assert.Equal(lang, _router.Route(text).Language);
    }
}
