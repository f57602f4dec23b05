using System.Globalization;

namespace HelpBot.Bot.Channels.Line;

/// <summary>Cutting text to LINE's limits without splitting a character (a surrogate pair or a combined emoji).</summary>
public static class LineText
{
    /// <summary>At most <paramref name="max"/> UTF-16 units, cut at a character boundary, with an ellipsis when cut.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = Boundary(text, max - 1);
        return text[..cut] + "…";
    }

    /// <summary>
    /// Pieces of at most <paramref name="max"/> UTF-16 units, each cut preferably after a line break,
    /// else after a sentence end, else at a character boundary.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var limit = Boundary(rest, max);
            var window = rest[..limit];
            var cut = window.LastIndexOf('\n');
            if (cut < max / 2) cut = window.LastIndexOfAny(['。', '．', '.', '！', '？', '!', '?']);
            cut = cut >= max / 2 ? cut + 1 : limit;
            pieces.Add(rest[..cut].TrimEnd('\n'));
            rest = rest[cut..].TrimStart('\n');
        }
        if (rest.Length > 0) pieces.Add(rest);
        return pieces.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The largest text-element boundary at or below <paramref name="max"/>.</summary>
    private static int Boundary(string text, int max)
    {
        var boundary = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var end = e.ElementIndex + e.GetTextElement().Length;
            if (end > max) break;
            boundary = end;
        }
        return boundary == 0 ? Math.Min(max, text.Length) : boundary;
    }
}
