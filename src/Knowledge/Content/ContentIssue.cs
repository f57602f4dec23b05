namespace HelpBot.Knowledge.Content;

/// <summary>One finding of content validation, printed as <c>FILE:LINE: message</c>.</summary>
public sealed record ContentIssue(string File, int Line, Severity Severity, string Message)
{
    public override string ToString() =>
        Severity == Severity.Warning ? $"{File}:{Line}: 警告: {Message}" : $"{File}:{Line}: {Message}";
}
