using System.Text;
using System.Text.RegularExpressions;

namespace HelpBot.Content.Tests;

/// <summary>
/// Phone numbers reduced to their digits, so 044-201-3113, 044 201 3113, （044）201-3113 and
/// full-width ０４４… all compare equal; and every phone-like run of digits in a text.
/// </summary>
public static partial class PhoneDigits
{
    [GeneratedRegex(@"[#＃]?[0-9０-９][0-9０-９\-‐－―ー−()（）\s]*[0-9０-９]")]
    private static partial Regex PhoneLike();

    public static string Of(string phone)
    {
        var sb = new StringBuilder();
        foreach (var c in phone.Normalize(NormalizationForm.FormKC))
            if (char.IsAsciiDigit(c) || c == '#') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Every phone-like run in <paramref name="text"/>, as digits.</summary>
    public static IEnumerable<string> FoundIn(string text) =>
        PhoneLike().Matches(text).Select(m => Of(m.Value)).Where(d => d.Length >= 3);
}
