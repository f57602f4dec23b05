using HelpBot.Knowledge.Content;

namespace HelpBot.Bot.Cli;

public static class ContentReportPrinter
{
    public static void Print(ContentReport report, TextWriter writer)
    {
        foreach (var issue in report.Sorted()) writer.WriteLine(issue.ToString());
    }
}
