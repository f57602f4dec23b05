namespace HelpBot.Knowledge.Text;

/// <summary>
/// A dictionary of phrases found in running text by leftmost-longest match, so 「新百合ヶ丘」
/// wins over 「百合ヶ丘」 and 「向ヶ丘遊園」 over 「向ヶ丘」. Phrases and text must already be in
/// the same normal form. A small character trie: lookups cost the text length times the
/// longest phrase, whatever the number of phrases.
/// </summary>
public sealed class Gazetteer<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        if (string.IsNullOrEmpty(phrase)) return;
        var node = _root;
        foreach (var c in phrase)
        {
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(c, out var child)) node.Next[c] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            Count++;
        }
    }

    /// <summary>Non-overlapping matches, leftmost first, each the longest phrase starting there that <paramref name="accept"/> allows.</summary>
    public IReadOnlyList<GazetteerMatch<T>> FindAll(string text, Func<string, int, int, bool>? accept = null)
    {
        var matches = new List<GazetteerMatch<T>>();
        var i = 0;
        while (i < text.Length)
        {
            var best = Longest(text, i, accept);
            if (best is { } m)
            {
                matches.Add(m);
                i += m.Length;
            }
            else i++;
        }
        return matches;
    }

    private GazetteerMatch<T>? Longest(string text, int start, Func<string, int, int, bool>? accept)
    {
        GazetteerMatch<T>? best = null;
        var node = _root;
        for (var j = start; j < text.Length; j++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[j], out node)) break;
            var length = j - start + 1;
            if (node.Values is { Count: > 0 } && (accept is null || accept(text, start, length)))
                best = new GazetteerMatch<T>(start, length, text.Substring(start, length), node.Values);
        }
        return best;
    }
}
