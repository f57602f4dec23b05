using HelpBot.Bot.Hosting;
using HelpBot.Knowledge;

namespace HelpBot.Bot.Cli;

/// <summary>The published index for ask and eval, built first when none exists.</summary>
public static class KnowledgeForCli
{
    public static KnowledgeHost? Open(ILoggerFactory loggers)
    {
        var paths = HelpBotPaths.From(HelpBotConfiguration.Build());
        var host = KnowledgeHostFactory.Create(paths, loggers);
        var build = host.EnsureLoaded();
        if (host.IsReady) return host;
        if (build is not null) ContentReportPrinter.Print(build.Report, Console.Error);
        Console.Error.WriteLine("no index is published and content/ has errors; fix them and run reindex");
        host.Dispose();
        return null;
    }
}
