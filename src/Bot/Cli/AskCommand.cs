using System.CommandLine;
using System.Text.Json;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Json;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Cli;

/// <summary><c>ask "TEXT" [--ward WARD] [--json]</c>: what HelpBot would decide for one message.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "住民のメッセージ（- なら標準入力から読みます）" };
        var ward = new Option<string?>("--ward") { Description = "会話で分かっている区（川崎区 幸区 中原区 高津区 宮前区 多摩区 麻生区）" };
        var json = new Option<bool>("--json") { Description = "JSON だけを標準出力に出します" };
        var command = new Command("ask", "1 つのメッセージへの判断を表示します") { text, ward, json };
        command.SetAction((parse, _) =>
        {
            var message = parse.GetValue(text) ?? "";
            // A long message does not fit in one command-line argument (Linux caps it at 128 KiB): "-" reads it from standard input.
            if (message == "-") message = Console.In.ReadToEnd();
            return Task.FromResult(Run(message, parse.GetValue(ward), parse.GetValue(json)));
        });
        return command;
    }

    public static int Run(string text, string? ward, bool json)
    {
        if (ward is not null && !Wards.IsCanonical(ward))
        {
            Console.Error.WriteLine($"--ward: '{ward}' is not a canonical ward ({string.Join(" ", Wards.All)})");
            return ExitCodes.BadInput;
        }
        using var loggers = StandardErrorLogging.Create(LogLevel.Warning);
        using var host = KnowledgeForCli.Open(loggers);
        if (host is null) return ExitCodes.Failed;
        using var lease = host.Acquire();
        var decision = lease.Base.Router.Route(text, new RoutingContext(ward));
        if (json) Console.WriteLine(JsonSerializer.Serialize(DecisionJson.From(decision), HelpBotJson.Options));
        else PrintReadable(decision);
        return ExitCodes.Ok;
    }

    private static void PrintReadable(RoutingDecision d)
    {
        Console.WriteLine($"種類: {d.Kind.ToName()}（{d.Kind.Label()}） 緊急度: {d.Urgency.ToName()} 確信度: {d.Confidence:0.00}{(d.Handoff ? " 職員へ引き継ぎ" : "")}");
        Console.WriteLine($"理由: {d.Reason}");
        Console.WriteLine($"区: {d.Ward ?? (d.NeedsWard ? "（不明: 区をたずねます）" : "—")}");
        if (d.Answer is { } answer) Console.WriteLine($"答え: {answer.Document.Answer}\n出典: {answer.Document.Title}（{answer.Document.Url ?? answer.Document.Source}）");
        foreach (var c in d.Counters)
        {
            var phone = c.Phone is null ? "" : $" ☎ {c.Phone}{(c.PhoneLabel is null ? "" : $"（{c.PhoneLabel}）")}";
            Console.WriteLine($"相談先: {c.Name}{phone}{(c.Hours is null ? "" : $" {c.Hours}")}{(c.Address is null ? "" : $" {c.Address}")}");
        }
        foreach (var p in d.Passages) Console.WriteLine($"  {p.Score,7:0.00}  {p.Document.Id}  {p.Explanation}");
    }
}
