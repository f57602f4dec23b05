using System.Text.RegularExpressions;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Counters;

/// <summary>
/// Finds the ward a resident's text points to: ward names in kanji, kana and romaji, 町名,
/// stations and landmarks from areas.yaml, and the 町名 of the 地域包括支援センター areas.
/// </summary>
public sealed partial class PlaceResolver
{
    /// <summary>Particles after which a place written in kana may start (「わたしはなかはらです」).</summary>
    private const string KanaBoundary = "はがのをにでともへやね、。 ";

    [GeneratedRegex(@"^(\d{1,2})(丁目|-|ー|−|番)")]
    private static partial Regex ChomeAfter();

    [GeneratedRegex(@"\d+丁目$")]
    private static partial Regex ChomeSuffix();

    private readonly Gazetteer<PlaceEntry> _places = new();

    public PlaceResolver(IReadOnlyList<WardPlaces> areas, IReadOnlyList<Counter> counters)
    {
        foreach (var w in areas)
        {
            foreach (var n in w.Names) Add(n, w.Ward, PlaceKind.WardName, town: null);
            foreach (var t in w.Towns.Concat(w.Districts.SelectMany(d => d.Towns))) Add(t, w.Ward, PlaceKind.Town, t);
            foreach (var s in w.Stations) Add(s, w.Ward, PlaceKind.Station, town: null);
            foreach (var l in w.Landmarks) Add(l, w.Ward, PlaceKind.Landmark, town: null);
        }
        foreach (var c in counters.Where(c => c.Ward is not null))
        {
            foreach (var area in c.Areas)
            {
                var town = TownWithoutChome(area);
                Add(town, c.Ward!, PlaceKind.Town, town);
            }
        }
    }

    public int PlaceCount => _places.Count;

    public PlaceResolution Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return PlaceResolution.None;
        var normalized = PlaceText.Normalize(text);
        var matches = new List<PlaceMatch>();
        foreach (var m in _places.FindAll(normalized, Accept))
        {
            foreach (var entry in m.Values.DistinctBy(v => v.Ward))
            {
                var town = entry.Town is null ? null : WithChome(PlaceText.Normalize(entry.Town), normalized, m.Start + m.Length);
                matches.Add(new PlaceMatch(entry.Ward, entry.Kind, m.Text, town));
            }
        }
        var wards = matches.Select(m => m.Ward).Distinct().ToList();
        return wards.Count == 1
            ? new PlaceResolution(wards[0], matches, wards)
            : new PlaceResolution(null, matches, wards);
    }

    public static string TownWithoutChome(string area) => ChomeSuffix().Replace(PlaceText.Normalize(area), "");

    private void Add(string phrase, string ward, PlaceKind kind, string? town)
    {
        var key = PlaceText.Normalize(phrase);
        if (key.Length > 0) _places.Add(key, new PlaceEntry(ward, kind, phrase, town));
    }

    private static string WithChome(string town, string text, int end)
    {
        var m = ChomeAfter().Match(text[end..Math.Min(text.Length, end + 6)]);
        return m.Success ? $"{town}{int.Parse(m.Groups[1].Value)}丁目" : town;
    }

    /// <summary>Latin names need word edges; kana names must not start inside a kana word (「おなかはらいた」).</summary>
    private static bool Accept(string text, int start, int length)
    {
        var first = text[start];
        var last = text[start + length - 1];
        if (char.IsAsciiLetter(first) && start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) return false;
        if (char.IsAsciiLetter(last) && start + length < text.Length && char.IsAsciiLetterOrDigit(text[start + length])) return false;
        if (IsKana(first) && start > 0 && IsKana(text[start - 1]) && !KanaBoundary.Contains(text[start - 1])) return false;
        return true;
    }

    private static bool IsKana(char c) => TextNormalizer.IsHiragana(c) || TextNormalizer.IsKatakana(c);
}
