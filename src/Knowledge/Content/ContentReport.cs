namespace HelpBot.Knowledge.Content;

/// <summary>Collects errors and warnings while content is read; nothing is published while it has errors.</summary>
public sealed class ContentReport
{
    private readonly List<ContentIssue> _issues = [];

    public IReadOnlyList<ContentIssue> Issues => _issues;

    public IEnumerable<ContentIssue> Errors => _issues.Where(i => i.Severity == Severity.Error);

    public IEnumerable<ContentIssue> Warnings => _issues.Where(i => i.Severity == Severity.Warning);

    public bool HasErrors => _issues.Any(i => i.Severity == Severity.Error);

    public bool HasErrorsFor(string file) => _issues.Any(i => i.Severity == Severity.Error && i.File == file);

    public void Error(string file, int line, string message) => _issues.Add(new(file, line, Severity.Error, message));

    public void Warning(string file, int line, string message) => _issues.Add(new(file, line, Severity.Warning, message));

    /// <summary>Issues in file and line order, errors before warnings on the same line.</summary>
    public IEnumerable<ContentIssue> Sorted() =>
        _issues.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenByDescending(i => i.Severity);
}
