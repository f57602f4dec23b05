using System.Text;
using System.Text.RegularExpressions;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Counters;

/// <summary>
/// The normal form place names are matched in: <see cref="TextNormalizer"/>, plus the spellings
/// residents mix freely — 丁目 in kanji numerals, ケ/ヶ/が/ガ in 百合ヶ丘, 之/の/ノ in 溝の口.
/// </summary>
public static partial class PlaceText
{
    [GeneratedRegex("([一二三四五六七八九十]+)丁目")]
    private static partial Regex KanjiChome();

    public static string Normalize(string text)
    {
        var s = TextNormalizer.Normalize(text);
        s = KanjiChome().Replace(s, m => KanjiNumber(m.Groups[1].Value) + "丁目");
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var between = i > 0 && i + 1 < s.Length && TextNormalizer.IsHan(s[i - 1]);
            sb.Append(c switch
            {
                'ケ' or 'ヶ' or 'ヵ' or 'が' or 'ガ' when between => 'ヶ',
                'ノ' or '之' when between => 'の',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static int KanjiNumber(string kanji)
    {
        const string digits = "〇一二三四五六七八九";
        var value = 0;
        var current = 0;
        foreach (var c in kanji)
        {
            if (c == '十')
            {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else current = digits.IndexOf(c);
        }
        return value + current;
    }
}
