using System.CommandLine;
using System.Text.Json;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Json;
using HelpBot.Knowledge.Evaluation;

namespace HelpBot.Bot.Cli;

/// <summary><c>eval FILE.jsonl [--json]</c>: routing quality on labelled utterances.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "1 行 1 件の JSONL（text, accept, …）" };
        var json = new Option<bool>("--json") { Description = "JSON だけを標準出力に出します" };
        var command = new Command("eval", "ラベル付きの発話で振り分けの正確さを測ります") { file, json };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(file)!, parse.GetValue(json))));
        return command;
    }

    public static int Run(string file, bool json)
    {
        IReadOnlyList<EvalItem> items;
        try
        {
            items = EvalFileReader.Read(Path.GetFullPath(file), file);
        }
        catch (EvalFormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        using var loggers = StandardErrorLogging.Create(LogLevel.Warning);
        using var host = KnowledgeForCli.Open(loggers);
        if (host is null) return ExitCodes.Failed;
        using var lease = host.Acquire();
        var report = Evaluator.Run(items, lease.Base.Router);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, HelpBotJson.Options));
            return ExitCodes.Ok;
        }
        Console.WriteLine($"total {report.Total}  routing {report.RoutingAccuracy:0.000}  emergency recall {report.Emergency.Recall:0.000} precision {report.Emergency.Precision:0.000}  handoff recall {report.HandoffRecall:0.000}  ward {report.WardAccuracy:0.000}");
        foreach (var (lang, g) in report.ByLang) Console.WriteLine($"  lang  {lang,-8} n={g.N,4}  {g.RoutingAccuracy:0.000}");
        foreach (var (label, g) in report.ByLabel) Console.WriteLine($"  label {label,-12} n={g.N,4}  {g.RoutingAccuracy:0.000}");
        foreach (var m in report.Misses) Console.WriteLine($"  miss  {m.Id ?? "-"}  predicted {m.Predicted}  accept {string.Join("|", m.Accept)}  {m.Text}");
        return ExitCodes.Ok;
    }
}
