using System.Diagnostics;
using HelpBot.Knowledge.Content;

namespace HelpBot.Search.Bench;

/// <summary>
/// Which questions make the tail: each question's median time over the rounds, the slowest listed with
/// their length and clause counts. A tail made of the same questions every round is the query's cost;
/// a tail that moves between rounds is the collector or the machine.
/// </summary>
public static class SlowestQuestions
{
    public static void Run(int size, int rounds, int show = 12)
    {
        var (shipped, _) = new ContentLoader().Load(Repository.Content, "content");
        var content = size == 0 ? shipped : SyntheticCorpus.Make(shipped, size);
        using var index = new BenchIndex(content);
        var queries = Repository.Queries();
        foreach (var q in queries) index.Searcher.Search(q);
        foreach (var q in queries) index.Searcher.Search(q);
        var times = queries.ToDictionary(q => q, _ => new List<double>());
        var gcBefore = GC.CollectionCount(0);
        var sw = new Stopwatch();
        for (var r = 0; r < rounds; r++)
            foreach (var q in queries)
            {
                sw.Restart();
                index.Searcher.Search(q);
                times[q].Add(sw.Elapsed.TotalMilliseconds);
            }
        Console.WriteLine($"{content.Documents.Count} passages, {queries.Count} questions x {rounds}; gen0 collections during timing: {GC.CollectionCount(0) - gcBefore}");
        Console.WriteLine("| median ms | max ms | chars | terms | words | grams | question |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (q, t) in times.OrderByDescending(kv => Median(kv.Value)).Take(show))
        {
            var tokens = index.Searcher.Tokens(q);
            var shown = q.Length > 40 ? q[..40] + "…" : q;
            Console.WriteLine($"| {Median(t):0.000} | {t.Max():0.000} | {q.Length} | {tokens.Terms.Count} | {tokens.Words.Count} | {tokens.Grams.Count} | {shown.ReplaceLineEndings(" ")} |");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
