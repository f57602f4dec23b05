using System.Text.RegularExpressions;

namespace HelpBot.Knowledge.Privacy;

/// <summary>
/// Masks what identifies a resident before text leaves the conversation (logs, the editors'
/// unanswered-questions list, a language model): phone numbers, e-mail addresses, postal codes and
/// house numbers, long digit runs such as a マイナンバー, and names the resident typed. The town
/// name stays: it says where help is needed without saying who.
/// </summary>
public static partial class Redactor
{
    public const string Phone = "［電話番号］";
    public const string Number = "［番号］";
    public const string Email = "［メール］";
    public const string Postal = "［郵便番号］";
    public const string HouseNumber = "［番地］";
    public const string Name = "［名前］";

    // Words that take さん/様 but are not names: family, roles, neighbours.
    private static readonly HashSet<string> NotNames =
    [
        "母", "父", "兄", "姉", "弟", "妹", "祖母", "祖父", "奥", "娘", "息子", "孫", "婆", "爺", "叔母", "伯母", "叔父", "伯父",
        "義母", "義父", "お母", "お父", "お兄", "お姉", "お婆", "お爺", "旦那", "嫁", "大家", "隣", "皆", "皆様", "先生", "主人",
        "ご主人", "奥様", "近所", "ご近所", "職員", "担当", "担当者", "相談員", "看護師", "医者", "保健師", "民生委員", "ヘルパー",
        "ケアマネ", "大家", "店員", "警察", "業者", "お客", "利用者", "患者", "家族", "みな", "みんな", "神", "仏", "姑", "舅",
    ];

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(\+81[-\s]?\d{1,4}|(?<!\d)0\d{1,4})[-‐－ー−(（\s]?\d{1,4}[-‐－ー−)）\s]?\d{3,4}(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(〒\s?\d{3}[-‐－ー−]?\d{4}|(?<![\d-])\d{3}[-‐－ー−]\d{4}(?![\d-]))")]
    private static partial Regex PostalPattern();

    [GeneratedRegex(@"\d{4}[-\s]?\d{4}[-\s]?\d{4}|\d{7,}")]
    private static partial Regex LongNumberPattern();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}ぁ-んァ-ヶ])(\d{1,3}丁目)?\d{1,5}(番地?の?|[-‐－ー−])\d{1,5}([-‐－ー−号]\d{0,5})?")]
    private static partial Regex HouseNumberPattern();

    [GeneratedRegex(@"(名前は|なまえは|氏名は|私は|わたしは|僕は|ぼくは|俺は)\s?([\p{IsCJKUnifiedIdeographs}ァ-ヶー]{1,6}?(\s?[\p{IsCJKUnifiedIdeographs}ァ-ヶー]{1,6}?)?)(?=です|と申します|といいます|と言います|だ|。|$)")]
    private static partial Regex SelfNamePattern();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}ァ-ヶ]{1,5})(さん|様|さま|くん|君|ちゃん|氏)")]
    private static partial Regex HonorificPattern();

    [GeneratedRegex(@"(?i)(my name is|i am called|name:)\s+[A-Za-z][\w'-]*(\s+[A-Z][\w'-]*)?")]
    private static partial Regex EnglishNamePattern();

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = EmailPattern().Replace(text, Email);
        s = PhonePattern().Replace(s, Phone);
        s = PostalPattern().Replace(s, Postal);
        s = HouseNumberPattern().Replace(s, HouseNumber);
        s = LongNumberPattern().Replace(s, Number);
        s = SelfNamePattern().Replace(s, m => m.Groups[1].Value + Name);
        s = HonorificPattern().Replace(s, m => NotNames.Contains(m.Groups[1].Value) || IsKinship(m.Groups[1].Value) ? m.Value : Name + m.Groups[2].Value);
        s = EnglishNamePattern().Replace(s, m => m.Groups[1].Value + " " + Name);
        return s;
    }

    /// <summary>「おばあちゃん」「母さん」 end in kinship words; a name does not.</summary>
    private static bool IsKinship(string word) =>
        word.EndsWith('母') || word.EndsWith('父') || word.EndsWith("兄") || word.EndsWith("姉") || word.EndsWith('婆') || word.EndsWith('爺');
}
