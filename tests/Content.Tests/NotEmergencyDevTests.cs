namespace HelpBot.Content.Tests;

/// <summary>
/// The development set of ordinary worries (Data/not-emergency-dev.txt, one a line), written with the
/// distress development set: death, danger, illness, fire, police, ambulances, falls or violence mentioned
/// in passing, in the past, hypothetically, as prevention or as an idiom. None may fire a safety rule;
/// a line that fires means a phrase or pattern is too broad or needs an except.
/// </summary>
public sealed class NotEmergencyDevTests
{
    private static IReadOnlyList<string> Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "not-emergency-dev.txt"))
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
    public void An_ordinary_worry_is_not_flagged(string text)
    {
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Count == 0, $"「{text}」 fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
