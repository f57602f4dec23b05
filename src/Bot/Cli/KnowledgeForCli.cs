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
        if (host.IsReady)
        {
            WarnIfContentChanged(host);
            return host;
        }
        if (build is not null) ContentReportPrinter.Print(build.Report, Console.Error);
        Console.Error.WriteLine("no index is published and content/ has errors; fix them and run reindex");
        host.Dispose();
        return null;
    }

    /// <summary>On standard error, so standard output stays exactly what the Contracts say.</summary>
    private static void WarnIfContentChanged(KnowledgeHost host)
    {
        if (host.Manifest is not { } manifest) return;
        var changed = HelpBot.Knowledge.Content.ContentChanges.Since(host.ContentPath, manifest.BuiltAt);
        if (changed.Count == 0) return;
        var shown = string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : "");
        Console.Error.WriteLine($"note: {changed.Count} content file(s) changed since index generation {manifest.Name} was built ({shown}); "
            + "these answers come from that generation: run reindex to use the changes");
    }
}
