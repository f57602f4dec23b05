using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// The indexed fields: each part of a document (title, examples, body) analysed three ways —
/// <c>.t</c> domain terms, <c>.w</c> dictionary words, <c>.g</c> kanji/katakana grams.
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Collection = "collection";

    public const string Title = "title";
    public const string Examples = "examples";
    public const string Body = "body";

    public const string Terms = ".t";
    public const string Words = ".w";
    public const string Grams = ".g";

    public static IReadOnlyList<string> Parts { get; } = [Title, Examples, Body];

    public static IReadOnlyList<string> Analyses { get; } = [Terms, Words, Grams];

    public static Analyzer CreateAnalyzer(DomainTerms terms)
    {
        var words = new WordsAnalyzer();
        var grams = new GramsAnalyzer();
        var domain = new TermsAnalyzer(terms);
        var perField = new Dictionary<string, Analyzer>();
        foreach (var part in Parts)
        {
            perField[part + Terms] = domain;
            perField[part + Words] = words;
            perField[part + Grams] = grams;
        }
        return new PerFieldAnalyzerWrapper(words, perField);
    }
}
