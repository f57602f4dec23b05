namespace HelpBot.Bot.Ai;

/// <summary>
/// What happened when the dialog asked for a generative answer, for the internal <c>helpbot.generation</c>
/// event and the logs: the outcome, a reason code, how long it took and what was cited. Never the
/// question or the answer.
/// </summary>
public sealed class GenerationReport
{
    public const string Used = "used";
    public const string Refused = "refused";
    public const string Timeout = "timeout";
    public const string Error = "error";
    public const string Skipped = "skipped";

    public string Outcome { get; private set; } = Skipped;
    public string? Reason { get; private set; }
    public long ElapsedMs { get; private set; }
    public IReadOnlyList<string> Cited { get; private set; } = [];
    /// <summary>Kernel functions the model called (names only), when tools are on.</summary>
    public IReadOnlyList<string> ToolCalls { get; set; } = [];

    public void Set(string outcome, string? reason, long elapsedMs, IReadOnlyList<string>? cited = null)
    {
        Outcome = outcome;
        Reason = reason;
        ElapsedMs = elapsedMs;
        Cited = cited ?? [];
    }
}
