namespace HelpBot.Bot.Storage;

/// <summary>A request for a person: what it is about, where, how urgent, and whether staff may read the conversation.</summary>
public sealed record EscalationRecord
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public required string Channel { get; init; }
    public string? Topic { get; init; }
    public required string Kind { get; init; }
    public string? Ward { get; init; }
    public required string Urgency { get; init; }
    public required bool Consent { get; init; }
    public string Status { get; init; } = EscalationStatus.Waiting;
    public string? Reason { get; init; }
    public string? CounterId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? ClaimedBy { get; init; }
    public DateTimeOffset? ClaimedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset? AlertedAt { get; init; }
}
