using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>
/// Fresh distress messages (Data/distress-probe.tsv: <c>lang TAB urgency TAB text</c>) written after the
/// development set, in batches that each measured how well safety.yaml generalised before the rules were
/// widened for what the batch missed. They now guard that generality: each must still be detected with its
/// urgency (emergency: a life or someone's safety at risk now; crisis: suicidal feelings, no act in progress).
/// </summary>
public sealed class DistressProbeTests
{
    private sealed record Line(int Number, string Lang, Urgency Urgency, string Text);

    private static IReadOnlyList<Line> Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "distress-probe.tsv"))
            .Select((l, i) => (Text: l, Number: i + 1))
            .Where(l => l.Text.Trim().Length > 0)
            .Select(l => l.Text.Split('\t') is [var lang, var urgency, var text] && Urgencies.TryParse(urgency, out var u) && u != Urgency.Normal
                ? new Line(l.Number, lang, u, text)
                : throw new FormatException($"distress-probe.tsv:{l.Number}: expected lang<TAB>emergency|crisis<TAB>text"))
            .ToList();

    public static TheoryData<int, string, string, string> Messages
    {
        get
        {
            var data = new TheoryData<int, string, string, string>();
            foreach (var l in Lines()) data.Add(l.Number, l.Lang, l.Urgency.ToString(), l.Text);
            return data;
        }
    }

    [Fact]
    public void Every_line_names_a_known_language_and_no_line_repeats_the_development_set()
    {
        var dev = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "distress-dev.tsv"))
            .Select(l => l.Split('\t').Last()).ToHashSet();
        foreach (var l in Lines())
        {
            Assert.True(SafetyLanguages.All.Contains(l.Lang), $"distress-probe.tsv:{l.Number}: unknown language '{l.Lang}'");
            Assert.False(dev.Contains(l.Text), $"distress-probe.tsv:{l.Number}: also in distress-dev.tsv");
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_probe_message_is_still_detected_with_its_urgency(int line, string lang, string urgency, string text)
    {
        var expected = Enum.Parse<Urgency>(urgency);
        var matches = LiveSafety.Detector.Detect(text);
        var fired = string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"));
        Assert.True(matches.Count > 0, $"distress-probe.tsv:{line} [{lang}] 「{text}」 fired nothing");
        Assert.True(matches[0].Urgency == expected, $"distress-probe.tsv:{line} [{lang}] 「{text}」 should be {expected} but is {matches[0].Urgency} [{fired}]");
    }
}
