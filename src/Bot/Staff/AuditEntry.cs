namespace HelpBot.Bot.Staff;

/// <summary>Who did what to which escalation, and when.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Login, string Action, string? EscalationId, string? ConversationId, string? Detail);
