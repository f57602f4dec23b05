using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Safety;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Safety;

public sealed class SafetyDetectorTests
{
    private static readonly SafetyDetector Detector = Build();

    private static SafetyDetector Build()
    {
        using var folder = new ContentFolder();
        return new SafetyDetector(folder.Load().Content.Safety);
    }

    [Theory]
    [InlineData("父が息してない", "not-breathing")]
    [InlineData("父が 息 してない！", "not-breathing")]
    [InlineData("My father is NOT BREATHING", "not-breathing")]
    [InlineData("もう死にたい", "suicidal")]
    [InlineData("消えたいです", "suicidal")]
    public void A_safety_phrase_fires_its_rule(string text, string rule)
    {
        var match = Assert.Single(Detector.Detect(text));
        Assert.Equal(rule, match.Rule.Id);
    }

    [Fact]
    public void The_most_urgent_rule_comes_first()
    {
        var matches = Detector.Detect("死にたいと言っていた父が息してない");
        Assert.Equal(Urgency.Emergency, matches[0].Urgency);
        Assert.Equal(Urgency.Crisis, matches[1].Urgency);
    }

    [Theory]
    [InlineData("死にたいほど忙しい毎日です")]
    [InlineData("ordinary breathing exercises")]
    [InlineData("")]
    [InlineData("母の介護のことで相談したい")]
    public void Ordinary_text_fires_nothing(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Latin_phrases_match_only_whole_words()
    {
        Assert.Empty(Detector.Detect("he is cannot breathingly fine"));
    }

    [Fact]
    public void An_except_phrase_cancels_a_match_written_without_diacritics_too()
    {
        using var folder = new ContentFolder();
        folder.Write("safety.yaml", """
            - id: heat
              urgency: emergency
              counters: [emergency-119]
              phrases:
                vi: [muốn chết]
              except: [nóng muốn chết]
            """);
        var detector = new SafetyDetector(folder.Load().Content.Safety);
        Assert.Empty(detector.Detect("trời nóng muốn chết"));
        Assert.Empty(detector.Detect("troi nong muon chet"));
        Assert.NotEmpty(detector.Detect("toi muon chet"));
    }
}
