using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Analysis;

namespace HelpBot.Knowledge.Search;

/// <summary>The token sets of one document's parts, to say which of a question's words it shares.</summary>
public sealed class DocumentTokens
{
    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    public DocumentTokens(ContentDocument doc, Analyzer analyzer)
    {
        Add(analyzer, SearchFields.Title, doc.Title + "\n" + string.Join("\n", doc.Topics));
        Add(analyzer, SearchFields.Examples, string.Join("\n", doc.Examples));
        Add(analyzer, SearchFields.Body, DocumentIndexer.BodyText(doc));
    }

    public bool Contains(string part, string analysis, string token) => _sets[part + analysis].Contains(token);

    public bool ContainsAnywhere(string analysis, string token) =>
        SearchFields.Parts.Any(p => Contains(p, analysis, token));

    private void Add(Analyzer analyzer, string part, string text)
    {
        foreach (var analysis in SearchFields.Analyses)
            _sets[part + analysis] = new HashSet<string>(QueryTokens.Analyze(analyzer, part + analysis, text, int.MaxValue), StringComparer.Ordinal);
    }
}
