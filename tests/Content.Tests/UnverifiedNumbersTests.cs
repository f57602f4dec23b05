namespace HelpBot.Content.Tests;

/// <summary>
/// Numbers that kawasaki-facts.md has only from "GH" (a third-party code file) are unverified and must
/// not reach residents: none may appear anywhere under content/.
/// </summary>
public sealed class UnverifiedNumbersTests
{
    public static TheoryData<string> GhOnly =>
    [
        "044-201-3228", "044-201-3204",
        "044-556-6643", "044-556-6654", "044-556-6682",
        "044-744-3252", "044-744-3296", "044-744-3280",
        "044-861-3302", "044-861-3252", "044-861-3321",
        "044-856-3254", "044-856-3304", "044-856-3265",
        "044-935-3301", "044-935-3302", "044-935-3310",
        "044-965-5159", "044-965-5163",
    ];

    [Theory]
    [MemberData(nameof(GhOnly))]
    public void A_number_known_only_from_GH_appears_in_no_content_file(string phone)
    {
        var digits = PhoneDigits.Of(phone);
        foreach (var (path, text) in ContentFiles.All)
            Assert.False(PhoneDigits.FoundIn(text).Any(d => d.Contains(digits, StringComparison.Ordinal)), $"{path} contains the unverified number {phone}");
    }

    [Fact]
    public void The_unclear_care_promotion_office_numbers_are_not_used()
    {
        // 「☎200-0479 FAX?200-3926」: which one is the phone is unclear in the facts.
        foreach (var (path, text) in ContentFiles.All)
            Assert.DoesNotContain(PhoneDigits.FoundIn(text), d => d.EndsWith("2000479", StringComparison.Ordinal) || d.EndsWith("2003926", StringComparison.Ordinal));
    }
}
