using HelpBot.Knowledge.Content;

namespace HelpBot.Knowledge.Tests.Support;

public static class ReportAssert
{
    /// <summary>Asserts an error printed exactly as <c>FILE:LINE: …</c> whose message contains <paramref name="words"/>.</summary>
    public static ContentIssue Error(ContentReport report, string fileAndLine, string words) =>
        Find(report, Severity.Error, fileAndLine, words);

    public static ContentIssue Warning(ContentReport report, string fileAndLine, string words) =>
        Find(report, Severity.Warning, fileAndLine, words);

    public static void Clean(ContentReport report) =>
        Assert.True(!report.HasErrors, "expected no errors, got:\n" + string.Join('\n', report.Errors));

    private static ContentIssue Find(ContentReport report, Severity severity, string fileAndLine, string words)
    {
        var found = report.Issues.FirstOrDefault(i =>
            i.Severity == severity && i.ToString().StartsWith(fileAndLine + ": ", StringComparison.Ordinal) && i.Message.Contains(words, StringComparison.Ordinal));
        Assert.True(found is not null,
            $"expected {severity} at {fileAndLine} containing '{words}', got:\n" + string.Join('\n', report.Issues));
        return found!;
    }
}
