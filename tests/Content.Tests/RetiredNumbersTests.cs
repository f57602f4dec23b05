namespace HelpBot.Content.Tests;

/// <summary>
/// The city's old emergency medical information line ended on 2026-03-31 (its role passed to #7119).
/// Its two numbers must appear in no file under content/. They are assembled from pieces here so that
/// a search of the repository for either number finds nothing at all.
/// </summary>
public sealed class RetiredNumbersTests
{
    private static readonly string[] Retired = [string.Concat("044", "739", "1919"), string.Concat("044", "739", "3399")];

    [Fact]
    public void No_content_file_contains_a_retired_number()
    {
        Assert.NotEmpty(ContentFiles.All);
        foreach (var (path, text) in ContentFiles.All)
        {
            var found = PhoneDigits.FoundIn(text).Where(d => Retired.Any(r => d.Contains(r, StringComparison.Ordinal))).ToList();
            Assert.True(found.Count == 0, $"{path} contains a retired number");
        }
    }

    [Fact]
    public void The_scan_would_find_a_retired_number_however_it_is_written()
    {
        Assert.Contains(PhoneDigits.FoundIn("電話 (044) 739-" + "1919 まで"), d => d == Retired[0]);
        Assert.Contains(PhoneDigits.FoundIn("ＴＥＬ ０４４－７３９－" + "３３９９"), d => d == Retired[1]);
    }
}
