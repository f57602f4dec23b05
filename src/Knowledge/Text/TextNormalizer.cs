using System.Globalization;
using System.Text;

namespace HelpBot.Knowledge.Text;

/// <summary>
/// One normal form for matching residents' text against content: NFKC (full-width digits and
/// half-width katakana become standard), lower case, and whitespace collapsed to nothing between
/// Japanese characters so 「息 して ない」 matches 「息してない」.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfkc = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(nfkc.Length);
        for (var i = 0; i < nfkc.Length; i++)
        {
            var c = nfkc[i];
            if (char.IsWhiteSpace(c))
            {
                // Keep a single space between Latin words; drop spaces next to Japanese text.
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var next = NextNonSpace(nfkc, i);
                if (prev != ' ' && IsLatinOrDigit(prev) && next is { } n && IsLatinOrDigit(n)) sb.Append(' ');
                continue;
            }
            if (char.IsControl(c) || c == '\uFEFF') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static char? NextNonSpace(string s, int from)
    {
        for (var j = from + 1; j < s.Length; j++)
            if (!char.IsWhiteSpace(s[j])) return s[j];
        return null;
    }

    public static bool IsLatinOrDigit(char c) =>
        c < 0x3000 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    public static bool IsKatakana(char c) => c is >= '\u30A0' and <= '\u30FF' or '\u31F0' and <= '\u31FF';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆';
}
