using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>
/// Round 3 of safety.yaml: batches written before the rules were changed for them
/// (Data/distress-round3-N.tsv: <c>lang TAB emergency|crisis TAB text</c>; Data/not-emergency-round3-N.txt: one
/// ordinary worry a line). Each batch was measured untouched first (Round3Measurements.md); now every batch
/// guards what it taught: a distress line fires with its urgency, an ordinary line fires nothing.
/// </summary>
public sealed class Round3BatchesTests
{
    private sealed record Line(string File, int Number, string Lang, Urgency Urgency, string Text);

    private static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    private static IReadOnlyList<string> Batches() =>
        Directory.GetFiles(DataDir, "distress-round3-*.tsv")
            .Select(f => Path.GetFileNameWithoutExtension(f)["distress-round3-".Length..])
            .OrderBy(n => int.Parse(n))
            .ToList();

    private static IReadOnlyList<Line> Distress(string batch)
    {
        var file = $"distress-round3-{batch}.tsv";
        return File.ReadAllLines(Path.Combine(DataDir, file))
            .Select((l, i) => (Text: l, Number: i + 1))
            .Where(l => l.Text.Trim().Length > 0)
            .Select(l => l.Text.Split('\t') is [var lang, var urgency, var text] && Urgencies.TryParse(urgency, out var u) && u != Urgency.Normal
                ? new Line(file, l.Number, lang, u, text)
                : throw new FormatException($"{file}:{l.Number}: expected lang<TAB>emergency|crisis<TAB>text"))
            .ToList();
    }

    private static IReadOnlyList<(string File, int Number, string Text)> Ordinary(string batch)
    {
        var file = $"not-emergency-round3-{batch}.txt";
        return File.ReadAllLines(Path.Combine(DataDir, file))
            .Select((l, i) => (File: file, Number: i + 1, Text: l.Trim()))
            .Where(l => l.Text.Length > 0)
            .ToList();
    }

    public static TheoryData<string, int, string, string, string> DistressLines
    {
        get
        {
            var data = new TheoryData<string, int, string, string, string>();
            foreach (var b in Batches())
                foreach (var l in Distress(b)) data.Add(l.File, l.Number, l.Lang, l.Urgency.ToString(), l.Text);
            return data;
        }
    }

    public static TheoryData<string, int, string> OrdinaryLines
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var b in Batches())
                foreach (var l in Ordinary(b)) data.Add(l.File, l.Number, l.Text);
            return data;
        }
    }

    [Fact]
    public void There_are_at_least_five_batches_of_sixty_lines_with_about_a_third_ordinary_and_mostly_japanese()
    {
        var batches = Batches();
        Assert.True(batches.Count >= 5, $"{batches.Count} batches");
        foreach (var b in batches)
        {
            var distress = Distress(b);
            var ordinary = Ordinary(b);
            var total = distress.Count + ordinary.Count;
            Assert.True(total >= 60, $"batch {b}: {total} lines");
            var share = (double)ordinary.Count / total;
            Assert.True(share is >= 0.2 and <= 0.45, $"batch {b}: ordinary share {share:0.00}");
            Assert.True(distress.Any(l => l.Urgency == Urgency.Crisis), $"batch {b}: no crisis line");
            var japanese = distress.Count(l => l.Lang is "ja" or "easy_ja");
            Assert.True(japanese >= distress.Count / 2, $"batch {b}: {japanese} of {distress.Count} distress lines in Japanese");
        }
    }

    [Fact]
    public void Every_line_names_a_known_language_and_none_repeats_an_earlier_set_or_a_phrase()
    {
        var earlier = new[] { "distress-dev.tsv", "distress-probe.tsv" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(DataDir, f)).Select(l => l.Split('\t').Last()))
            .Concat(new[] { "not-emergency.txt", "not-emergency-dev.txt", "not-emergency-probe.txt" }
                .SelectMany(f => File.ReadAllLines(Path.Combine(DataDir, f)).Select(l => l.Trim())))
            .ToHashSet();
        var phrases = LiveContent.Content.Safety.SelectMany(r => r.Phrases.Values.SelectMany(p => p))
            .Select(HelpBot.Knowledge.Text.TextNormalizer.Normalize).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var b in Batches())
        {
            foreach (var l in Distress(b))
            {
                Assert.True(SafetyLanguages.All.Contains(l.Lang), $"{l.File}:{l.Number}: unknown language '{l.Lang}'");
                Assert.False(earlier.Contains(l.Text), $"{l.File}:{l.Number}: already in an earlier set");
                // A whole sentence must not be pasted into safety.yaml as a phrase; a bare cry of one word
                // (「shinitai」「救命」) is its own phrase by nature and is exempt.
                var normalized = HelpBot.Knowledge.Text.TextNormalizer.Normalize(l.Text);
                Assert.False(normalized.Length > 10 && phrases.Contains(normalized), $"{l.File}:{l.Number}: copied from safety.yaml");
                Assert.True(seen.Add(l.Text), $"{l.File}:{l.Number}: repeated");
            }
            foreach (var l in Ordinary(b))
            {
                Assert.False(earlier.Contains(l.Text), $"{l.File}:{l.Number}: already in an earlier set");
                Assert.True(seen.Add(l.Text), $"{l.File}:{l.Number}: repeated");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DistressLines))]
    public void A_round3_distress_line_fires_with_its_urgency(string file, int line, string lang, string urgency, string text)
    {
        var expected = Enum.Parse<Urgency>(urgency);
        var matches = LiveSafety.Detector.Detect(text);
        var fired = string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"));
        Assert.True(matches.Count > 0, $"{file}:{line} [{lang}] 「{text}」 fired nothing");
        Assert.True(matches[0].Urgency == expected, $"{file}:{line} [{lang}] 「{text}」 should be {expected} but is {matches[0].Urgency} [{fired}]");
    }

    [Theory]
    [MemberData(nameof(OrdinaryLines))]
    public void A_round3_ordinary_line_fires_nothing(string file, int line, string text)
    {
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Count == 0, $"{file}:{line} 「{text}」 fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
