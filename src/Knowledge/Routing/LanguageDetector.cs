using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Routing;

/// <summary>
/// Which of HelpBot's languages a message is in (ja, en, zh, vi, ko), from its scripts. Kanji-only
/// text is Japanese (「介護保険 申請」) unless it carries characters or words only Chinese uses.
/// </summary>
public static class LanguageDetector
{
    public const string Japanese = "ja";

    // Characters frequent in Chinese sentences and absent from Japanese writing (請 is in 申請, 的 in 具体的: not markers).
    private const string ChineseMarkers = "吗嗎们們这這么麼没沒妈媽爸帮幫请说說吧呢个怎谁给讓让还过对觉覺护养儿岁钱问题费认样哪您";

    private static readonly string[] VietnameseWords =
        ["toi", "khong", "cua", "giup", "nguoi", "duoc", "lam", "sao", "benh", "nha", "con", "muon", "can", "hoi", "me toi", "bo toi", "o dau"];

    public static string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Japanese;
        int kana = 0, hangul = 0, han = 0, latin = 0, vietnamese = 0, chinese = 0;
        foreach (var c in text)
        {
            if (TextNormalizer.IsHiragana(c) || (TextNormalizer.IsKatakana(c) && c != '・')) kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') hangul++;
            else if (TextNormalizer.IsHan(c))
            {
                han++;
                if (ChineseMarkers.Contains(c)) chinese++;
            }
            else if (char.IsLetter(c) && c < 0x3000)
            {
                latin++;
                if (IsVietnameseLetter(c)) vietnamese++;
            }
        }
        if (hangul > 0 && hangul >= kana) return "ko";
        if (kana > 0) return Japanese;
        if (han > 0 && han >= latin) return chinese > 0 ? "zh" : Japanese;
        // A stray Latin letter or two (junk, a typo) does not make a message English.
        if (latin >= 3)
        {
            if (vietnamese > 0) return "vi";
            var folded = " " + LatinFolding.Fold(text.ToLowerInvariant()) + " ";
            var hits = VietnameseWords.Count(w => folded.Contains(" " + w + " ", StringComparison.Ordinal));
            return hits >= 2 ? "vi" : "en";
        }
        return Japanese;
    }

    private static bool IsVietnameseLetter(char c) =>
        "ăâđêôơưĂÂĐÊÔƠƯ".Contains(c) || c is >= '\u1EA0' and <= '\u1EF9' || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".Contains(c);
}
