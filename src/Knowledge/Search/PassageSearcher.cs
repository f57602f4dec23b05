using System.Net;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace HelpBot.Knowledge.Search;

/// <summary>
/// Finds the passages that answer a question in one index generation, through a SearcherManager so
/// searches never see a half-open reader. Each passage says which words matched where.
/// </summary>
public sealed class PassageSearcher : IDisposable
{
    private const int FragmentChars = 120;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly SearcherManager _manager;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _words = new WordsAnalyzer();
    private readonly IReadOnlyDictionary<string, ContentDocument> _documents;

    /// <summary>
    /// A generation's index never changes, so a document's term sets can be kept once read. Bounded so a
    /// very large index does not hold them all; beyond the bound they are read from term vectors each time.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, DocumentTokens> _tokenCache = new();
    private const int TokenCacheLimit = 20_000;

    private readonly TermStatesCache _termStates = new();

    public PassageSearcher(string indexPath, ContentSet content)
        : this(FSDirectory.Open(indexPath), content)
    {
    }

    public PassageSearcher(Lucene.Net.Store.Directory directory, ContentSet content)
    {
        _directory = directory;
        _analyzer = SearchFields.CreateAnalyzer(new DomainTerms(content.Synonyms));
        _documents = content.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _manager = new SearcherManager(directory, new BM25Factory());
    }

    public int DocumentCount => _documents.Count;

    public QueryTokens Tokens(string question) => QueryTokens.Of(_analyzer, question);

    /// <param name="ignore">Words that are not about the topic (the places the resident named): tokens inside them are left out.</param>
    public IReadOnlyList<Passage> Search(string question, int top = 5, IReadOnlyCollection<string>? ignore = null)
    {
        var tokens = Tokens(question);
        if (ignore is { Count: > 0 }) tokens = tokens.Without(ignore);
        if (tokens.IsEmpty) return [];
        var searcher = _manager.Acquire();
        try
        {
            var context = searcher.IndexReader.Context;
            TermContext States(Term term) => _termStates.For(context, term);
            tokens = tokens.WithRarestGrams(g => SearchFields.Parts.Max(p => States(new Term(p + SearchFields.Grams, g)).DocFreq));
            var query = BuildQuery(tokens, States);
            var hits = searcher.Search(query, top).ScoreDocs;
            var passages = new List<Passage>(hits.Length);
            var weights = hits.Length > 0 ? Rarity(searcher.IndexReader.NumDocs, tokens, term => States(term).DocFreq) : null;
            foreach (var hit in hits)
            {
                var id = searcher.Doc(hit.Doc).Get(SearchFields.Id);
                if (id is null || !_documents.TryGetValue(id, out var doc)) continue;
                passages.Add(Describe(doc, TokensOf(searcher.IndexReader, hit.Doc), hit.Score, tokens, weights!));
            }
            return passages;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    private DocumentTokens TokensOf(IndexReader reader, int docId)
    {
        if (_tokenCache.TryGetValue(docId, out var cached)) return cached;
        var tokens = new DocumentTokens(reader, docId);
        if (_tokenCache.Count < TokenCacheLimit) _tokenCache.TryAdd(docId, tokens);
        return tokens;
    }

    public static Query BuildQuery(QueryTokens tokens) => BuildQuery(tokens, states: null);

    /// <param name="states">Known terms dictionary states of the reader the query will run on, if any.</param>
    private static Query BuildQuery(QueryTokens tokens, Func<Term, TermContext>? states)
    {
        var query = new BooleanQuery();
        foreach (var part in SearchFields.Parts)
        {
            foreach (var analysis in SearchFields.Analyses)
            {
                var boost = SearchWeights.Part(part) * SearchWeights.Analysis(analysis);
                foreach (var token in tokens.For(analysis))
                {
                    var term = new Term(part + analysis, token);
                    var clause = states is null ? new TermQuery(term) : new TermQuery(term, states(term));
                    clause.Boost = boost;
                    query.Add(clause, Occur.SHOULD);
                }
            }
        }
        return query;
    }

    /// <summary>
    /// How much each question token says, as its inverse document frequency over the whole index: a
    /// word most topics contain (相談, 心配, 教え) says little; one no topic contains (ゴミ) says that the
    /// question is about something the content does not cover.
    /// </summary>
    private static Dictionary<(string Analysis, string Token), double> Rarity(int documents, QueryTokens question, Func<Term, int> docFreq)
    {
        var n = Math.Max(1, documents);
        var weights = new Dictionary<(string, string), double>();
        foreach (var analysis in new[] { SearchFields.Terms, SearchFields.Words })
        {
            foreach (var token in question.For(analysis))
            {
                var df = SearchFields.Parts.Max(part => docFreq(new Term(part + analysis, token)));
                weights[(analysis, token)] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            }
        }
        return weights;
    }

    private Passage Describe(ContentDocument doc, DocumentTokens tokens, float score, QueryTokens question, Dictionary<(string Analysis, string Token), double> rarity)
    {
        var sharedTerms = question.Terms.Where(t => tokens.ContainsAnywhere(SearchFields.Terms, t)).ToList();
        var total = rarity.Values.Sum();
        double Weight(string analysis, string token) => rarity.GetValueOrDefault((analysis, token));
        var shared = sharedTerms.Sum(t => Weight(SearchFields.Terms, t))
            + question.Words.Where(w => tokens.ContainsAnywhere(SearchFields.Words, w)).Sum(w => Weight(SearchFields.Words, w));
        var coverage = total <= 0 ? 0 : shared / total;
        var inExamples = question.Terms.Where(t => tokens.Contains(SearchFields.Examples, SearchFields.Terms, t)).Sum(t => Weight(SearchFields.Terms, t))
            + question.Words.Where(w => tokens.Contains(SearchFields.Examples, SearchFields.Words, w)).Sum(w => Weight(SearchFields.Words, w));
        var exampleCoverage = total <= 0 ? 0 : Math.Min(1.0, inExamples / total);
        return new Passage
        {
            Document = doc,
            Score = score,
            Coverage = Math.Min(1.0, coverage),
            SharedTerms = sharedTerms,
            SharedTermWeight = sharedTerms.Sum(t => Weight(SearchFields.Terms, t)),
            ExampleCoverage = exampleCoverage,
            Fragment = () => Fragment(doc, question),
            Explanation = Explain(tokens, question, score),
        };
    }

    private static string Explain(DocumentTokens tokens, QueryTokens question, float score)
    {
        var parts = new List<string>();
        foreach (var (part, label) in new[] { (SearchFields.Examples, "例文"), (SearchFields.Title, "タイトル"), (SearchFields.Body, "本文") })
        {
            var matched = question.Terms.Where(t => tokens.Contains(part, SearchFields.Terms, t))
                .Concat(question.Words.Where(w => tokens.Contains(part, SearchFields.Words, w)))
                .Distinct()
                .Take(8)
                .ToList();
            if (matched.Count > 0) parts.Add($"{label}「{string.Join("」「", matched)}」");
        }
        var words = parts.Count > 0 ? string.Join("、", parts) : "文字の並びだけが一致";
        return $"{words}（スコア {score:0.00}）";
    }

    private (string Snippet, string Highlight) Fragment(ContentDocument doc, QueryTokens question)
    {
        var text = doc.Answer + "\n" + doc.Body;
        var query = new BooleanQuery();
        foreach (var w in question.Words) query.Add(new TermQuery(new Term("h", w)), Occur.SHOULD);
        if (query.Clauses.Count > 0)
        {
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, "h"))
            {
                TextFragmenter = new SimpleFragmenter(FragmentChars),
            };
            try
            {
                var best = highlighter.GetBestFragment(_words, "h", text);
                if (!string.IsNullOrEmpty(best))
                {
                    var plain = WebUtility.HtmlDecode(best.Replace("<mark>", "").Replace("</mark>", "")).Replace('\n', ' ').Trim();
                    return (plain, best.Replace('\n', ' ').Trim());
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Fall back to the start of the answer below.
            }
        }
        var start = doc.Answer.Length > FragmentChars ? doc.Answer[..FragmentChars] + "…" : doc.Answer;
        return (start, WebUtility.HtmlEncode(start));
    }

    public void Dispose()
    {
        _manager.Dispose();
        _analyzer.Dispose();
        _words.Dispose();
        _directory.Dispose();
    }

    private sealed class BM25Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
