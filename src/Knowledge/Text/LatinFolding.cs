using System.Globalization;
using System.Text;

namespace HelpBot.Knowledge.Text;

/// <summary>
/// Latin text without its diacritics, so a Vietnamese resident typing 「khong tho」 on a phone without
/// a Vietnamese keyboard still matches 「không thở」. Marks on non-Latin letters (the dakuten of
/// が, Hangul jamo) are kept.
/// </summary>
public static class LatinFolding
{
    public static string Fold(string text)
    {
        if (!HasLatin(text)) return text;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var previousIsLatin = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!previousIsLatin) sb.Append(c);
                continue;
            }
            previousIsLatin = IsLatinLetter(c);
            sb.Append(c is 'đ' or 'Đ' ? 'd' : c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasLatin(string s) => s.Any(IsLatinLetter);

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && (c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF');
}
