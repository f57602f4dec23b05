namespace HelpBot.Content.Tests;

/// <summary>
/// Ordinary worries that mention death or danger in passing (Data/not-emergency.txt, one a line) must
/// not be treated as emergencies. A line that fires means a safety phrase is too broad or needs an except.
/// </summary>
public sealed class NotEmergencyTests
{
    public static TheoryData<string> Worries
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var line in Lines()) data.Add(line);
            return data;
        }
    }

    private static IEnumerable<string> Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "not-emergency.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);

    [Fact]
    public void The_list_has_a_hundred_worries()
    {
        Assert.Equal(100, Lines().Count());
    }

    [Theory]
    [MemberData(nameof(Worries))]
    public void An_ordinary_worry_is_not_flagged(string text)
    {
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Count == 0, $"「{text}」 fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
