using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using HelpBot.Knowledge.Search.Analysis;

namespace HelpBot.Knowledge.Search;

/// <summary>The distinct tokens of a text under each of the three analyses.</summary>
public sealed record QueryTokens(IReadOnlyList<string> Terms, IReadOnlyList<string> Words, IReadOnlyList<string> Grams)
{
    /// <summary>Keeps a pathological question from becoming a query of thousands of clauses.</summary>
    public const int MaxPerAnalysis = 150;

    public static QueryTokens Of(Analyzer analyzer, string text, string part = SearchFields.Body) => new(
        Analyze(analyzer, part + SearchFields.Terms, text),
        Analyze(analyzer, part + SearchFields.Words, text),
        Analyze(analyzer, part + SearchFields.Grams, text));

    /// <summary>These tokens less every token that lies inside one of <paramref name="phrases"/> (normalized).</summary>
    public QueryTokens Without(IReadOnlyCollection<string> phrases)
    {
        var normalized = phrases.Select(p => HelpBot.Knowledge.Text.TextNormalizer.Normalize(p)).Where(p => p.Length > 0).ToList();
        bool Keep(string token) => !normalized.Any(p => p.Contains(token, StringComparison.Ordinal));
        return new QueryTokens(Terms.Where(Keep).ToList(), Words.Where(Keep).ToList(), Grams.Where(Keep).ToList());
    }

    /// <summary>
    /// How many of a question's kanji/katakana grams are searched. Grams only fill in recall for words the other
    /// analyses miss; a rare gram says the most, while the common ones (介, 護, 相談) cost the longest postings
    /// for the least evidence. On both eval sets routing is the same with 15 grams as with all of them, and
    /// the tail at 10,000 passages shorter (BENCHMARKS.md); 24 keeps a margin.
    /// </summary>
    public const int MaxGrams = 24;

    /// <summary>These tokens with only the <paramref name="max"/> rarest grams that the index holds at all.</summary>
    /// <param name="documentFrequency">In how many passages a gram occurs.</param>
    public QueryTokens WithRarestGrams(Func<string, int> documentFrequency, int max = MaxGrams) => this with
    {
        Grams = Grams
            .Select(g => (Gram: g, Frequency: documentFrequency(g)))
            .Where(g => g.Frequency > 0)
            .OrderBy(g => g.Frequency) // stable: equally rare grams keep the question's order
            .Take(max)
            .Select(g => g.Gram)
            .ToList(),
    };

    public bool IsEmpty => Terms.Count == 0 && Words.Count == 0 && Grams.Count == 0;

    public IReadOnlyList<string> For(string analysis) => analysis switch
    {
        SearchFields.Terms => Terms,
        SearchFields.Words => Words,
        _ => Grams,
    };

    public static List<string> Analyze(Analyzer analyzer, string field, string text, int limit = MaxPerAnalysis)
    {
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && tokens.Count < limit)
        {
            var t = term.ToString();
            if (seen.Add(t)) tokens.Add(t);
        }
        stream.End();
        return tokens;
    }
}
