using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HelpBot.Knowledge.Search;

/// <summary>
/// The domain terms and words of one document's parts, read from the index's term vectors (no
/// re-analysis at query time), to say which of a question's words a passage shares and where.
/// </summary>
public sealed class DocumentTokens
{
    private static readonly string[] Analyses = [SearchFields.Terms, SearchFields.Words];

    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    public DocumentTokens(IndexReader reader, int docId)
    {
        var vectors = reader.GetTermVectors(docId);
        foreach (var part in SearchFields.Parts)
        {
            foreach (var analysis in Analyses)
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                var terms = vectors?.GetTerms(part + analysis);
                if (terms is not null)
                {
                    var e = terms.GetEnumerator();
                    while (e.MoveNext()) set.Add(e.Term.Utf8ToString());
                }
                _sets[part + analysis] = set;
            }
        }
    }

    public bool Contains(string part, string analysis, string token) =>
        _sets.TryGetValue(part + analysis, out var set) && set.Contains(token);

    public bool ContainsAnywhere(string analysis, string token) =>
        SearchFields.Parts.Any(p => Contains(p, analysis, token));
}
