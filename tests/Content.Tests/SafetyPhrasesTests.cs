using HelpBot.Knowledge.Content;

namespace HelpBot.Content.Tests;

/// <summary>Every phrase written in safety.yaml, in every language, fires its own rule with that rule's urgency.</summary>
public sealed class SafetyPhrasesTests
{
    public static TheoryData<string, string, string> Phrases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var rule in LiveContent.Content.Safety)
                foreach (var (lang, phrases) in rule.Phrases)
                    foreach (var phrase in phrases)
                        data.Add(rule.Id, lang, phrase);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_fires_its_own_rule(string rule, string lang, string phrase)
    {
        var expected = LiveContent.Content.Safety.Single(r => r.Id == rule);
        var matches = LiveSafety.Detector.Detect(phrase);
        var match = matches.FirstOrDefault(m => m.Rule.Id == rule);
        Assert.True(match is not null, $"[{lang}] 「{phrase}」 does not fire '{rule}' (fired: {string.Join(", ", matches.Select(m => m.Rule.Id))})");
        Assert.Equal(expected.Urgency, match.Urgency);
    }

    [Fact]
    public void Every_rule_has_phrases_in_all_six_languages()
    {
        foreach (var rule in LiveContent.Content.Safety)
            Assert.True(SafetyLanguages.All.All(rule.Phrases.ContainsKey),
                $"{rule.Id} lacks {string.Join(", ", SafetyLanguages.All.Where(l => !rule.Phrases.ContainsKey(l)))}");
    }

    [Theory]
    [InlineData("not-breathing")]
    [InlineData("choking")]
    [InlineData("bleeding-injury")]
    [InlineData("chest-pain-stroke")]
    [InlineData("fire-gas")]
    [InlineData("suicidal")]
    [InlineData("suicide-attempt")]
    [InlineData("child-abuse")]
    [InlineData("violence-dv")]
    [InlineData("elder-abuse")]
    [InlineData("dementia-missing")]
    [InlineData("heatstroke")]
    [InlineData("infant-emergency")]
    public void A_required_rule_exists(string id)
    {
        Assert.Contains(LiveContent.Content.Safety, r => r.Id == id);
    }

    [Fact]
    public void Suicidal_feelings_are_a_crisis_that_shows_the_lifelines_first_and_119()
    {
        var rule = LiveContent.Content.Safety.Single(r => r.Id == "suicidal");
        Assert.Equal(HelpBot.Knowledge.Routing.Urgency.Crisis, rule.Urgency);
        Assert.Equal(["inochi-no-denwa", "kokoro-no-denwa", "emergency-119"], rule.Counters);
    }

    [Theory]
    [InlineData("child-abuse", "jidou-soudan-189", "police-110")]
    [InlineData("violence-dv", "police-110", null)]
    [InlineData("dementia-missing", "police-110", null)]
    [InlineData("suicide-attempt", "emergency-119", null)]
    public void A_rule_shows_the_numbers_the_situation_needs(string rule, string first, string? also)
    {
        var counters = LiveContent.Content.Safety.Single(r => r.Id == rule).Counters;
        Assert.Equal(first, counters[0]);
        if (also is not null) Assert.Contains(also, counters);
    }
}
