using BenchmarkDotNet.Attributes;
using HelpBot.Knowledge.Content;

namespace HelpBot.Search.Bench;

/// <summary>Per-call cost of one search, HelpBot's query against the plain-bigram baseline, on the shipped corpus and 10,000 passages.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SearchBenchmarks
{
    private BenchIndex _index = null!;
    private string[] _queries = [];
    private int _next;

    [Params(0, 10_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (shipped, _) = new ContentLoader().Load(Repository.Content, "content");
        _index = new BenchIndex(Passages == 0 ? shipped : SyntheticCorpus.Make(shipped, Passages));
        _queries = Repository.Queries().ToArray();
    }

    [Benchmark(Baseline = true)]
    public int PlainBigrams() => _index.BaselineSearch(_queries[_next++ % _queries.Length]);

    [Benchmark]
    public int HelpBotSearch() => _index.Searcher.Search(_queries[_next++ % _queries.Length]).Count;

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();
}
