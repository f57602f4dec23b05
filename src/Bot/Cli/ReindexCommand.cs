using System.CommandLine;
using HelpBot.Bot.Hosting;
using HelpBot.Knowledge.Content;

namespace HelpBot.Bot.Cli;

/// <summary><c>reindex</c>: validate content/ and publish a new index generation; non-zero on any error.</summary>
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
        var (content, report) = new ContentLoader().Load(paths.Content, paths.ContentDisplay);
        ContentReportPrinter.Print(report, Console.Error);
        if (report.HasErrors)
        {
            Console.Error.WriteLine($"reindex: {report.Errors.Count()} error(s); nothing was published");
            return ExitCodes.Failed;
        }
        Console.WriteLine($"reindex: content is valid: {content.Documents.Count} documents, {content.Counters.Count} counters, {report.Warnings.Count()} warning(s)");
        return ExitCodes.Ok;
    }
}
