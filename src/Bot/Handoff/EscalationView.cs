using System.Text.Json.Serialization;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Handoff;

/// <summary>An escalation as the staff API shows it.</summary>
public sealed record EscalationView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("conversation_id")] string ConversationId,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("ward")] string? Ward,
    [property: JsonPropertyName("urgency")] string Urgency,
    [property: JsonPropertyName("consent")] bool Consent,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("counter_id")] string? CounterId,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("waiting_seconds")] long WaitingSeconds,
    [property: JsonPropertyName("claimed_by")] string? ClaimedBy,
    [property: JsonPropertyName("outcome")] string? Outcome)
{
    public static EscalationView From(EscalationRecord e, DateTimeOffset now) => new(
        e.Id, e.ConversationId, e.Channel, e.Topic, e.Kind, e.Ward, e.Urgency, e.Consent, e.Status, e.Reason, e.CounterId,
        e.CreatedAt, (long)((e.ClaimedAt ?? e.ClosedAt ?? now) - e.CreatedAt).TotalSeconds, e.ClaimedBy, e.Outcome);
}
