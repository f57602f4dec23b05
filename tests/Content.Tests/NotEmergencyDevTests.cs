namespace HelpBot.Content.Tests;

/// <summary>
/// Ordinary worries written with the distress sets (one a line): death, danger, illness, fire, police,
/// ambulances, falls or violence mentioned in passing, in the past, hypothetically, as prevention or as an
/// idiom, and words that look alike once Vietnamese marks are dropped (「đang chạy」 is not 「đang cháy」).
/// Data/not-emergency-dev.txt was written with the development set, not-emergency-probe.txt with the probes.
/// None may fire a safety rule; a line that fires means a phrase or pattern is too broad or needs an except.
/// </summary>
public sealed class NotEmergencyDevTests
{
    private static readonly string[] Files = ["not-emergency-dev.txt", "not-emergency-probe.txt"];

    private static IReadOnlyList<string> Lines(string file = "not-emergency-dev.txt") =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", file))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();

    public static TheoryData<string, string> Worries
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in Files)
                foreach (var line in Lines(file)) data.Add(file, line);
            return data;
        }
    }

    [Fact]
    public void The_set_has_at_least_a_hundred_and_fifty_worries_none_from_the_original_list()
    {
        var lines = Lines();
        Assert.True(lines.Count >= 150, $"{lines.Count} lines");
        Assert.Equal(lines.Count, lines.Distinct().Count());
        var original = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "not-emergency.txt")).Select(l => l.Trim()).ToHashSet();
        Assert.DoesNotContain(lines, original.Contains);
    }

    [Theory]
    [MemberData(nameof(Worries))]
    public void An_ordinary_worry_is_not_flagged(string file, string text)
    {
        _ = file; // names the data set in the test's display name
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Count == 0, $"「{text}」 fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
