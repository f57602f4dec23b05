using System.Diagnostics;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Safety;
using HelpBot.Knowledge.Search;

namespace HelpBot.Search.Bench;

/// <summary>
/// Search latency percentiles over residents' real questions (the eval files), on the shipped
/// corpus and on synthetic corpora, with the plain-bigram baseline measured in the same run.
/// </summary>
public static class LatencyDriver
{
    public static void Run(IReadOnlyList<int> sizes, int rounds, int maxSize = int.MaxValue)
    {
        var (shipped, report) = new ContentLoader().Load(Repository.Content, "content");
        if (report.HasErrors) throw new InvalidOperationException("content has errors: " + report.Errors.First());
        var queries = Repository.Queries();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {queries.Count} distinct questions x {rounds} rounds");
        Console.WriteLine("| corpus | passages | build s | docs/s | helpbot p50 ms | p99 ms | max ms | of which analysis p50 / p99 | baseline p50 ms | p99 ms | route p50 ms | route p99 ms | managed MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var content = size == 0 ? shipped : SyntheticCorpus.Make(shipped, size);
            using var index = new BenchIndex(content);
            var router = new Router(index.Searcher, new SafetyDetector(content.Safety), new PlaceResolver(content.Areas, content.Counters), new CounterDirectory(content.Counters));
            var helpbot = Measure(queries, rounds, q => index.Searcher.Search(q).Count);
            var analysis = Measure(queries, rounds, q => index.Searcher.Tokens(q).Words.Count);
            var baseline = Measure(queries, rounds, index.BaselineSearch);
            var route = Measure(queries, rounds, q => router.Route(q).Passages.Count);
            GC.Collect();
            var memory = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
            Console.WriteLine($"| {(size == 0 ? "shipped" : "synthetic")} | {content.Documents.Count} | {index.BuildSeconds:0.00} | {content.Documents.Count / index.BuildSeconds:0} | {helpbot.P50:0.000} | {helpbot.P99:0.000} | {helpbot.Max:0.0} | {analysis.P50:0.000} / {analysis.P99:0.000} | {baseline.P50:0.000} | {baseline.P99:0.000} | {route.P50:0.000} | {route.P99:0.000} | {memory:0} |");
        }
    }

    private static (double P50, double P99, double Max) Measure(IReadOnlyList<string> queries, int rounds, Func<string, int> search)
    {
        // Warm-up: a full pass (and a pause) so tiered compilation has optimised the code before timing starts.
        foreach (var q in queries) search(q);
        Thread.Sleep(500);
        foreach (var q in queries) search(q);
        var times = new List<double>(queries.Count * rounds);
        var sw = new Stopwatch();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var q in queries)
            {
                sw.Restart();
                search(q);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        return (Percentile(times, 0.50), Percentile(times, 0.99), times[^1]);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
