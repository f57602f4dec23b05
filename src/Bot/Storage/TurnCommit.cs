using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Storage;

/// <summary>
/// Everything one turn changes, written in one transaction: the inbound activity marked processed,
/// the replies and internal events appended, the dialog state, and an escalation if one was made.
/// A crash before the commit re-runs the turn; after it, nothing is lost or sent twice.
/// </summary>
public sealed record TurnCommit
{
    public required string ConversationId { get; init; }
    /// <summary>The inbound activity this turn processed, or null for a turn with no inbound (a staff action).</summary>
    public long? ProcessedSeq { get; init; }
    public IReadOnlyList<Activity> Outbound { get; init; } = [];
    public string? State { get; init; }
    public EscalationRecord? Escalation { get; init; }
}
