using System.CommandLine;
using HelpBot.Bot.Hosting;
using HelpBot.Knowledge.Search;

namespace HelpBot.Bot.Cli;

/// <summary>
/// <c>reindex</c>: validate content/ and publish a new index generation; a running server switches to
/// it by itself. Non-zero exit on any error, and then nothing is published.
/// </summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "content/ を検査して新しい索引を公開します");
        command.SetAction((_, _) => Task.FromResult(Run()));
        return command;
    }

    public static int Run()
    {
        var paths = HelpBotPaths.From(HelpBotConfiguration.Build());
        using var loggers = StandardErrorLogging.Create();
        var result = new IndexBuilder(logger: loggers.CreateLogger("reindex")).Build(paths.Content, paths.ContentDisplay, new IndexStore(paths.Data));
        ContentReportPrinter.Print(result.Report, Console.Error);
        if (!result.Success || result.Manifest is null)
        {
            Console.Error.WriteLine($"reindex: {result.Report.Errors.Count()} error(s); nothing was published");
            return ExitCodes.Failed;
        }
        var m = result.Manifest;
        var collections = string.Join(", ", m.DocumentsByCollection.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
        Console.WriteLine($"reindex: published {m.Name}: {m.Documents} documents ({collections}), {m.Counters} counters, {m.StaleCounters.Count} stale, {m.Warnings.Count} warning(s)");
        return ExitCodes.Ok;
    }
}
