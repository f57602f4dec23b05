using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HelpBot.Knowledge.Content;

namespace HelpBot.Bot.Ai;

/// <summary>
/// Decides whether a model's answer may be shown. It must cite at least one passage as [id], only ids it
/// was given, and every phone number, URL (or e-mail address) and amount of money in it must appear in a
/// cited passage or in the counter cards the chat shows with it. Numbers are compared by their digits,
/// amounts by their value and currency (1万円 = 10,000円 = ¥10000), so a faithful rewording passes and
/// an invented number does not. Pure: no model, no I/O.
/// </summary>
public static partial class GroundingChecker
{
    public const string Empty = "empty";
    public const string NoCitation = "no_citation";
    public const string UnknownCitation = "unknown_citation";
    public const string UngroundedPhone = "ungrounded_phone";
    public const string UngroundedUrl = "ungrounded_url";
    public const string UngroundedAmount = "ungrounded_amount";

    // [id], [id1, id2], ［id］, 【id】: ids are kebab-case ASCII, so a masked ［電話番号］ is never one.
    [GeneratedRegex(@"\s*[\[［【]\s*([A-Za-z0-9][A-Za-z0-9_-]*(?:\s*[,、，;]\s*[A-Za-z0-9][A-Za-z0-9_-]*)*)\s*[\]］】]")]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"(?<![\d+])(?:\+81[\s-]?\(?0?\)?|0)\d{1,4}[\s\-‐−.()]?\d{1,4}[\s\-‐−.()]?\d{3,4}(?!\d)")]
    private static partial Regex PhonePattern();

    // The short numbers residents are told to call (110, 119, 189 いちはやく …) and #7119-style lines.
    [GeneratedRegex(@"(?<![\d#]|\d[.,])(?:110|118|119|171|188|189)(?!\d|[.,]\d)|#\d{4}(?!\d)")]
    private static partial Regex ShortNumberPattern();

    [GeneratedRegex(@"https?://[^\s<>""'()\[\]{}「」『』【】、。，]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w@./:-])(?:[a-z0-9-]+\.)+(?:jp|com|org|net|info|io|gov|edu)(?![\w-])(?:/[^\s<>""'()\[\]{}「」『』【】、。，]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex BareDomainPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex EmailPattern();

    private const string Multiplier = "万|千|百|億|만|천|억|thousand|million|nghìn|ngàn|triệu";
    private const string Currency = "円|yen|JPY|日元|日圆|yên|엔|원|won|元|ドル|dollars?|USD|đồng|VND|€|£|EUR";

    [GeneratedRegex(@"(?:(?<pre>[¥$€£]|JPY|USD)\s?(?<amount>(?:\d[\d,.]*\s?(?:" + Multiplier + @")?\s?)+))"
        + @"|(?:(?<amount>(?:\d[\d,.]*\s?(?:" + Multiplier + @")?\s?)+)\s?(?<cur>" + Currency + @"))"
        + @"|(?:(?<kanji>[〇一二三四五六七八九十百千万億]+)(?<cur>円))", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<n>\d[\d,.]*)\s?(?<m>" + Multiplier + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPartPattern();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex GroupedDigits();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();

    public static GroundingResult Check(string? answer, IReadOnlyCollection<GroundingPassage> passages, IReadOnlyCollection<Counter> counters)
    {
        if (string.IsNullOrWhiteSpace(answer)) return new GroundingResult("", [], Empty);
        var known = passages.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var cited = new List<GroundingPassage>();
        var unknown = false;
        foreach (Match m in CitationPattern().Matches(answer))
        {
            foreach (var id in m.Groups[1].Value.Split([',', '、', '，', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!known.TryGetValue(id, out var passage)) unknown = true;
                else if (!cited.Contains(passage)) cited.Add(passage);
            }
        }
        var text = Tidy(CitationPattern().Replace(answer, ""));
        var ids = cited.Select(p => p.Id).ToList();
        if (text.Length == 0) return new GroundingResult("", ids, Empty);
        if (unknown) return new GroundingResult(text, ids, UnknownCitation);
        if (cited.Count == 0) return new GroundingResult(text, ids, NoCitation);

        var said = Fold(text);
        var sources = Fold(string.Join("\n", cited.Select(p => p.Text).Concat(counters.Select(CounterText))));
        if (!Phones(said).IsSubsetOf(Phones(sources))) return new GroundingResult(text, ids, UngroundedPhone);
        if (!Links(said).IsSubsetOf(Links(sources))) return new GroundingResult(text, ids, UngroundedUrl);
        if (!Amounts(said).IsSubsetOf(Amounts(sources))) return new GroundingResult(text, ids, UngroundedAmount);
        return new GroundingResult(text, ids, null);
    }

    /// <summary>Phone numbers in the text as digit strings (+81 44 … as 044 …); Japanese numbers have 10 or 11 digits.</summary>
    public static HashSet<string> Phones(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in PhonePattern().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (m.Value.StartsWith('+')) digits = "0" + digits[2..].TrimStart('0');
            if (digits.Length is 10 or 11) found.Add(digits);
        }
        foreach (Match m in ShortNumberPattern().Matches(text)) found.Add(m.Value);
        return found;
    }

    /// <summary>URLs, bare domains and e-mail addresses, without scheme, "www." and trailing punctuation.</summary>
    public static HashSet<string> Links(string text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in EmailPattern().Matches(text)) found.Add("mailto:" + m.Value.TrimEnd('.'));
        var rest = EmailPattern().Replace(text, " ");
        foreach (Match m in UrlPattern().Matches(rest)) found.Add(NormalizeLink(m.Value));
        rest = UrlPattern().Replace(rest, " ");
        foreach (Match m in BareDomainPattern().Matches(rest)) found.Add(NormalizeLink(m.Value));
        found.Remove("");
        return found;
    }

    /// <summary>Amounts of money as "currency:value" (yen:15000), so 1万5千円, 15,000円 and ¥15000 are one amount.</summary>
    public static HashSet<string> Amounts(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in MoneyPattern().Matches(text))
        {
            var currency = CurrencyOf(m.Groups["pre"].Success ? m.Groups["pre"].Value : m.Groups["cur"].Value);
            var value = m.Groups["kanji"].Success ? KanjiValue(m.Groups["kanji"].Value) : ArabicValue(m.Groups["amount"].Value);
            found.Add(value is { } v ? $"{currency}:{v.ToString("0.####", CultureInfo.InvariantCulture)}" : $"{currency}:{m.Value.Trim()}");
        }
        return found;
    }

    private static string CounterText(Counter c) =>
        string.Join("\n", new[] { c.Name, c.Phone, c.PhoneLabel, c.Hours, c.Address, c.Url }.Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>Full-width digits, letters and signs as ASCII (０４４ → 044, ￥ → ¥), for comparing only: the resident reads the original.</summary>
    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => RepeatedSpaces().Replace(l, " ").TrimEnd());
        return string.Join("\n", lines).Trim();
    }

    private static string NormalizeLink(string link)
    {
        var s = link.Trim().TrimEnd('.', ',', ';', ':', '!', '?', ')', '/');
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.TrimEnd('/').ToLowerInvariant();
    }

    private static string CurrencyOf(string marker) => marker.ToLowerInvariant() switch
    {
        "円" or "yen" or "jpy" or "日元" or "日圆" or "yên" or "엔" or "¥" => "yen",
        "원" or "won" => "won",
        "元" => "yuan",
        "$" or "usd" or "ドル" or "dollar" or "dollars" => "usd",
        "đồng" or "vnd" => "vnd",
        "€" or "eur" => "eur",
        "£" => "gbp",
        var other => other,
    };

    /// <summary>"1万5千", "15,000", "15.000" (Vietnamese grouping), "1.5万", "10 thousand".</summary>
    private static decimal? ArabicValue(string amount)
    {
        decimal total = 0, current = 0;
        var any = false;
        foreach (Match part in AmountPartPattern().Matches(amount))
        {
            if (ParseNumber(part.Groups["n"].Value) is not { } n) return null;
            any = true;
            switch (part.Groups["m"].Value.ToLowerInvariant())
            {
                case "千" or "천" or "thousand" or "nghìn" or "ngàn": current += n * 1_000; break;
                case "百": current += n * 100; break;
                case "万" or "만": total += (current + n) * 10_000; current = 0; break;
                case "億" or "억": total += (current + n) * 100_000_000; current = 0; break;
                case "million" or "triệu": total += (current + n) * 1_000_000; current = 0; break;
                default: current += n; break;
            }
        }
        return any ? total + current : null;
    }

    private static decimal? ParseNumber(string s)
    {
        s = s.TrimEnd('.', ',');
        if (s.Length == 0) return null;
        if (GroupedDigits().IsMatch(s)) s = s.Replace(",", "").Replace(".", "");
        else s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>一万五千 → 15000, 三十万 → 300000.</summary>
    private static decimal? KanjiValue(string kanji)
    {
        const string digits = "〇一二三四五六七八九";
        decimal total = 0, section = 0, digit = 0;
        foreach (var c in kanji)
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { digit = digit * 10 + d; continue; }
            var small = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (small > 0)
            {
                section += (digit == 0 ? 1 : digit) * small;
                digit = 0;
                continue;
            }
            var big = c switch { '万' => 10_000m, '億' => 100_000_000m, _ => 0m };
            if (big == 0) return null;
            total += (section + digit == 0 ? 1 : section + digit) * big;
            section = 0;
            digit = 0;
        }
        return total + section + digit;
    }
}
