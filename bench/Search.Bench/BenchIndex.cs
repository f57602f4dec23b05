using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search;
using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HelpBot.Search.Bench;

/// <summary>An index over a content set in a temporary folder: HelpBot's own and, as the baseline, one plain CJK-bigram field.</summary>
public sealed class BenchIndex : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "helpbot-bench-" + Guid.NewGuid().ToString("N"));
    private readonly FSDirectory _baselineDirectory;
    private readonly DirectoryReader _baselineReader;
    private readonly CJKAnalyzer _baselineAnalyzer = new(LuceneVersion.LUCENE_48);

    public BenchIndex(ContentSet content)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var dir = FSDirectory.Open(Path.Combine(_path, "helpbot")))
        using (var analyzer = SearchFields.CreateAnalyzer(new DomainTerms(content.Synonyms)))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 }))
        {
            foreach (var doc in content.Documents) writer.AddDocument(DocumentIndexer.ToLucene(doc));
            writer.Commit();
        }
        BuildSeconds = sw.Elapsed.TotalSeconds;

        sw.Restart();
        _baselineDirectory = FSDirectory.Open(Path.Combine(_path, "baseline"));
        using (var writer = new IndexWriter(_baselineDirectory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _baselineAnalyzer) { RAMBufferSizeMB = 64 }))
        {
            foreach (var doc in content.Documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", doc.Id, Field.Store.YES),
                    new TextField("text", doc.Title + "\n" + string.Join("\n", doc.Examples) + "\n" + DocumentIndexer.BodyText(doc), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        BaselineBuildSeconds = sw.Elapsed.TotalSeconds;

        Searcher = new PassageSearcher(Path.Combine(_path, "helpbot"), content);
        _baselineReader = DirectoryReader.Open(_baselineDirectory);
        Baseline = new IndexSearcher(_baselineReader);
    }

    public double BuildSeconds { get; }
    public double BaselineBuildSeconds { get; }
    public PassageSearcher Searcher { get; }
    public IndexSearcher Baseline { get; }

    /// <summary>The baseline: one BM25 query over CJK bigrams of the whole text, top 5 ids.</summary>
    public int BaselineSearch(string question)
    {
        var query = new BooleanQuery();
        using (var stream = _baselineAnalyzer.GetTokenStream("text", new StringReader(question)))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && query.Clauses.Count < 500) query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            stream.End();
        }
        if (query.Clauses.Count == 0) return 0;
        var hits = Baseline.Search(query, 5).ScoreDocs;
        foreach (var hit in hits) _ = Baseline.Doc(hit.Doc).Get("id");
        return hits.Length;
    }

    public void Dispose()
    {
        Searcher.Dispose();
        _baselineReader.Dispose();
        _baselineDirectory.Dispose();
        _baselineAnalyzer.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
