using System.Globalization;
using System.Text;

namespace HelpBot.Knowledge.Text;

/// <summary>
/// Latin text without its diacritics, so a Vietnamese resident typing 「khong tho」 on a phone without
/// a Vietnamese keyboard still matches 「không thở」. Non-Latin characters pass through unchanged.
/// </summary>
public static class LatinFolding
{
    public static string Fold(string normalized)
    {
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => c });
        }
        // Recompose what was not Latin (Japanese voiced kana were split by FormD).
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasLatin(string s) => s.Any(char.IsAsciiLetter);
}
