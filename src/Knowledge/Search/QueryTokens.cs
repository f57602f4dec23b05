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
