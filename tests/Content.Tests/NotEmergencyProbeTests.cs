namespace HelpBot.Content.Tests;

/// <summary>
/// Fresh ordinary worries (Data/not-emergency-probe.txt, one a line) written with the distress probes: past
/// events, hypotheticals, prevention, idioms, and words that look alike once Vietnamese marks are dropped
/// (「đang chạy」 is not 「đang cháy」). None may fire a safety rule.
/// </summary>
public sealed class NotEmergencyProbeTests
{
    private static IReadOnlyList<string> Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "not-emergency-probe.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();

    public static TheoryData<string> Worries
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var line in Lines()) data.Add(line);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Worries))]
    public void An_ordinary_worry_is_not_flagged(string text)
    {
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Count == 0, $"「{text}」 fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
