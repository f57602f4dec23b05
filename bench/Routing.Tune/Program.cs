using HelpBot.Knowledge;
using HelpBot.Knowledge.Evaluation;
using HelpBot.Knowledge.Routing;

// Grid search of the router's weights on the TUNING set only (tests/eval/residents.jsonl).
// The hold-out set is never read here: evaluate it with `dotnet run --project src/Bot -- eval tests/eval/holdout.jsonl`.
// usage: dotnet run -c Release --project bench/Routing.Tune [-- --quick]
var root = FindRoot();
var data = Path.Combine(Path.GetTempPath(), "helpbot-tune-" + Guid.NewGuid().ToString("N"));
using var host = new KnowledgeHost(Path.Combine(root, "content"), "content", data);
host.EnsureLoaded();
using var lease = host.Acquire();
var items = EvalFileReader.Read(Path.Combine(root, "tests", "eval", "residents.jsonl"), "tests/eval/residents.jsonl");

var grid =
    from power in new[] { 1.0, 2.0, 3.0 }
    from secondary in new[] { 0.2, 0.4 }
    from top in new[] { 1.0, 1.5 }
    from coverage in new[] { 0.15, 0.25, 0.35 }
    from term in new[] { 0.5, 1.0, 2.0 }
    from mention in new[] { 0.5, 1.0 }
    from foreign in new[] { 0.25, 1.0 }
    select RouterSettings.Default with { ScorePower = power, SecondaryRouteWeight = secondary, TopBonus = top, MinCoverage = coverage, MinTermWeight = term, MentionWeight = mention, ForeignPageWeight = foreign };
if (args.Contains("--quick")) grid = [RouterSettings.Default];

var results = grid.Select(s =>
{
    var report = Evaluator.Run(items, lease.Base.Router.With(s));
    return (Settings: s, Ja: report.ByLang.GetValueOrDefault("ja")?.RoutingAccuracy ?? 0, report.RoutingAccuracy, report.Emergency.Recall);
}).OrderByDescending(r => r.Ja).ThenByDescending(r => r.RoutingAccuracy).ToList();

Console.WriteLine($"tuning set: {items.Count} items; default: {Describe(results.First(r => r.Settings == RouterSettings.Default))}");
foreach (var r in results.Take(10)) Console.WriteLine(Describe(r));
try { Directory.Delete(data, true); } catch (IOException) { }
return 0;

static string Describe((RouterSettings Settings, double Ja, double RoutingAccuracy, double Recall) r) =>
    $"ja {r.Ja:0.000} all {r.RoutingAccuracy:0.000} emergency recall {r.Recall:0.000} | power {r.Settings.ScorePower} secondary {r.Settings.SecondaryRouteWeight} top {r.Settings.TopBonus} coverage {r.Settings.MinCoverage} term {r.Settings.MinTermWeight} mention {r.Settings.MentionWeight} foreign {r.Settings.ForeignPageWeight}";

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "HelpBot.sln"))) return dir.FullName;
    throw new InvalidOperationException("run inside the repository");
}
