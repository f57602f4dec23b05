using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Documents;

namespace HelpBot.Knowledge.Search;

/// <summary>Turns a content topic into the Lucene document the searcher expects.</summary>
public static class DocumentIndexer
{
    public static Document ToLucene(ContentDocument doc)
    {
        var lucene = new Document
        {
            new StringField(SearchFields.Id, doc.Id, Field.Store.YES),
            new StringField(SearchFields.Collection, doc.Collection.ToString().ToLowerInvariant(), Field.Store.YES),
        };
        AddAnalysed(lucene, SearchFields.Title, doc.Title + "\n" + string.Join("\n", doc.Topics));
        foreach (var example in doc.Examples) AddAnalysed(lucene, SearchFields.Examples, example);
        AddAnalysed(lucene, SearchFields.Body, BodyText(doc));
        return lucene;
    }

    /// <summary>Everything a resident could be matched on besides title and examples.</summary>
    public static string BodyText(ContentDocument doc)
    {
        var parts = new List<string> { doc.Answer, doc.SummaryEasy ?? "", doc.Body };
        parts.AddRange(doc.Panels.Select(p => p.Alt + "\n" + p.Dialogue));
        return string.Join("\n", parts.Where(p => p.Length > 0));
    }

    /// <summary>Terms and words keep term vectors: the searcher reads them to say which of a question's words a passage shares.</summary>
    private static readonly FieldType WithVectors = new(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };

    private static void AddAnalysed(Document lucene, string part, string text)
    {
        foreach (var analysis in SearchFields.Analyses)
        {
            var type = analysis == SearchFields.Grams ? TextField.TYPE_NOT_STORED : WithVectors;
            lucene.Add(new Field(part + analysis, text, type));
        }
    }
}
