using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// The domain vocabulary from content/synonyms.txt: every form of every group, found in running
/// text and reported as the group's canonical form. Latin forms match on word edges only.
/// </summary>
public sealed class DomainTerms
{
    private readonly Gazetteer<string> _forms = new();

    public DomainTerms(IEnumerable<SynonymGroup> groups)
    {
        foreach (var group in groups)
        {
            var canonical = TextNormalizer.Normalize(group.Canonical);
            foreach (var form in group.AllForms)
            {
                _forms.Add(LatinFolding.Fold(TextNormalizer.Normalize(form)), canonical);
            }
        }
    }

    public static DomainTerms Empty { get; } = new([]);

    public int Count => _forms.Count;

    /// <summary>Canonical forms found in <paramref name="text"/>, with the span each came from.</summary>
    public IReadOnlyList<(string Canonical, int Start, int End)> Find(string text)
    {
        // Matching needs the normal form, but offsets must point into the original text:
        // normalize character by character and keep a map back.
        var (normalized, starts, ends) = NormalizeWithMap(text);
        var found = new List<(string, int, int)>();
        foreach (var m in _forms.FindAll(normalized, WordEdges))
            found.Add((m.Values[0], starts[m.Start], ends[m.Start + m.Length - 1]));
        return found;
    }

    /// <summary>The normal form, and for each of its characters where it starts and ends in the original.</summary>
    private static (string Normalized, int[] Starts, int[] Ends) NormalizeWithMap(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                // As in TextNormalizer: one space between Latin words, none next to Japanese.
                if (sb.Length > 0 && IsLatin(sb[^1]) && NextNonSpace(text, i) is { } next && IsLatin(next) && sb[^1] != ' ')
                {
                    sb.Append(' ');
                    starts.Add(i);
                    ends.Add(i + 1);
                }
                continue;
            }
            var piece = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i, 2) : text[i].ToString();
            foreach (var c in LatinFolding.Fold(piece.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()))
            {
                sb.Append(c);
                starts.Add(i);
                ends.Add(i + piece.Length);
            }
            if (piece.Length == 2) i++;
        }
        return (sb.ToString(), starts.ToArray(), ends.ToArray());
    }

    private static char? NextNonSpace(string s, int from)
    {
        for (var j = from + 1; j < s.Length; j++)
            if (!char.IsWhiteSpace(s[j])) return s[j];
        return null;
    }

    private static bool IsLatin(char c) => c < 0x3000 && char.IsLetterOrDigit(c);

    private static bool WordEdges(string text, int start, int length)
    {
        if (IsLatin(text[start]) && start > 0 && IsLatin(text[start - 1])) return false;
        var after = start + length;
        if (IsLatin(text[after - 1]) && after < text.Length && IsLatin(text[after])) return false;
        return true;
    }
}
