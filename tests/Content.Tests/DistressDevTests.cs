using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>
/// The development set of distress messages (Data/distress-dev.tsv: <c>lang TAB situation TAB text</c>),
/// written before safety.yaml was widened for them, the way residents really write: casual, broken,
/// dialect, hiragana-only, long messages with the emergency in the middle, about a neighbour or a stranger.
/// Each must be detected with the urgency its situation needs: emergency when a life or someone's safety
/// is at risk now, crisis for suicidal feelings without an act in progress. A failure means the rules
/// in content/safety.yaml need a more general form (a verb family, a pattern), not a copy of the line.
/// </summary>
public sealed class DistressDevTests
{
    /// <summary>Every situation the file may name, with the urgency it needs.</summary>
    private static readonly Dictionary<string, Urgency> Situations = new(StringComparer.Ordinal)
    {
        ["collapsed-unresponsive"] = Urgency.Emergency,
        ["collapsed-bath-toilet"] = Urgency.Emergency,
        ["unconscious-street"] = Urgency.Emergency,
        ["choking"] = Urgency.Emergency,
        ["child-swallowed"] = Urgency.Emergency,
        ["bleeding-injury"] = Urgency.Emergency,
        ["fall-head-injury"] = Urgency.Emergency,
        ["chest-pain"] = Urgency.Emergency,
        ["stroke"] = Urgency.Emergency,
        ["seizure"] = Urgency.Emergency,
        ["infant-emergency"] = Urgency.Emergency,
        ["drowning"] = Urgency.Emergency,
        ["fire"] = Urgency.Emergency,
        ["gas-leak"] = Urgency.Emergency,
        ["poisoning-chemicals"] = Urgency.Emergency,
        ["anaphylaxis"] = Urgency.Emergency,
        ["severe-burn"] = Urgency.Emergency,
        ["traffic-accident"] = Urgency.Emergency,
        ["suicide-threat-friend"] = Urgency.Emergency,
        ["suicide-attempt"] = Urgency.Emergency,
        ["self-harm-now"] = Urgency.Emergency,
        ["child-abuse"] = Urgency.Emergency,
        ["violence-dv"] = Urgency.Emergency,
        ["elder-abuse"] = Urgency.Emergency,
        ["disability-abuse"] = Urgency.Emergency,
        ["stalker-intruder"] = Urgency.Emergency,
        ["dementia-missing"] = Urgency.Emergency,
        ["child-missing"] = Urgency.Emergency,
        ["confined"] = Urgency.Emergency,
        ["intoxication-unresponsive"] = Urgency.Emergency,
        ["heatstroke"] = Urgency.Emergency,
        ["hypothermia"] = Urgency.Emergency,
        // Feelings, no act in progress: the lifelines, not 119 first.
        ["suicidal-feelings"] = Urgency.Crisis,
        ["suicidal-friend"] = Urgency.Crisis,
    };

    private sealed record Line(int Number, string Lang, string Situation, string Text);

    private static IReadOnlyList<Line> Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "distress-dev.tsv"))
            .Select((l, i) => (Text: l, Number: i + 1))
            .Where(l => l.Text.Trim().Length > 0)
            .Select(l => l.Text.Split('\t') is [var lang, var situation, var text]
                ? new Line(l.Number, lang, situation, text)
                : throw new FormatException($"distress-dev.tsv:{l.Number}: expected lang<TAB>situation<TAB>text"))
            .ToList();

    public static TheoryData<int, string, string, string> Messages
    {
        get
        {
            var data = new TheoryData<int, string, string, string>();
            foreach (var l in Lines()) data.Add(l.Number, l.Lang, l.Situation, l.Text);
            return data;
        }
    }

    [Fact]
    public void The_set_has_at_least_four_hundred_messages_in_every_language()
    {
        var lines = Lines();
        Assert.True(lines.Count >= 400, $"{lines.Count} lines");
        var minimum = new Dictionary<string, int> { ["ja"] = 150, ["easy_ja"] = 30, ["en"] = 55, ["zh"] = 55, ["vi"] = 55, ["ko"] = 55 };
        foreach (var (lang, n) in minimum)
            Assert.True(lines.Count(l => l.Lang == lang) >= n, $"{lang}: {lines.Count(l => l.Lang == lang)} < {n}");
    }

    [Fact]
    public void Every_line_names_a_known_language_and_situation()
    {
        foreach (var l in Lines())
        {
            Assert.True(SafetyLanguages.All.Contains(l.Lang), $"distress-dev.tsv:{l.Number}: unknown language '{l.Lang}'");
            Assert.True(Situations.ContainsKey(l.Situation), $"distress-dev.tsv:{l.Number}: unknown situation '{l.Situation}'");
        }
    }

    [Fact]
    public void No_line_is_a_phrase_copied_from_safety_yaml()
    {
        var written = LiveContent.Content.Safety.SelectMany(r => r.Phrases.Values.SelectMany(p => p))
            .Select(HelpBot.Knowledge.Text.TextNormalizer.Normalize).ToHashSet();
        var copied = Lines().Where(l => written.Contains(HelpBot.Knowledge.Text.TextNormalizer.Normalize(l.Text))).ToList();
        Assert.True(copied.Count == 0, "copied from safety.yaml:\n" + string.Join('\n', copied.Select(l => $"{l.Number}: {l.Text}")));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_distress_message_is_detected_with_the_urgency_its_situation_needs(int line, string lang, string situation, string text)
    {
        var expected = Situations[situation];
        var matches = LiveSafety.Detector.Detect(text);
        var fired = string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"));
        Assert.True(matches.Count > 0, $"distress-dev.tsv:{line} [{lang}/{situation}] 「{text}」 fired nothing");
        Assert.True(matches[0].Urgency == expected,
            $"distress-dev.tsv:{line} [{lang}/{situation}] 「{text}」 should be {expected} but is {matches[0].Urgency} [{fired}]");
    }
}
