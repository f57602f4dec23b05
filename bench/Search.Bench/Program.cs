using BenchmarkDotNet.Running;
using HelpBot.Search.Bench;

// dotnet run -c Release --project bench/Search.Bench -- latency [rounds]   percentiles on shipped, 10k and 100k passages
// dotnet run -c Release --project bench/Search.Bench -- slowest [passages] [rounds]   which questions make the tail
// dotnet run -c Release --project bench/Search.Bench -- bdn                BenchmarkDotNet per-call cost
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<SearchBenchmarks>(args: args[1..]);
    return 0;
}
if (args.Length > 0 && args[0] == "slowest")
{
    var passages = args.Length > 1 && int.TryParse(args[1], out var p) && p >= 0 ? p : 0;
    var times = args.Length > 2 && int.TryParse(args[2], out var t) && t > 0 ? t : 5;
    SlowestQuestions.Run(passages, times);
    return 0;
}
var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 5;
var sizes = args.Contains("--quick") ? new[] { 0, 10_000 } : new[] { 0, 10_000, 100_000 };
LatencyDriver.Run(sizes, rounds);
return 0;
