namespace HelpBot.Bot.Dialogs;

/// <summary>What an escalation will say once the resident has answered the consent question.</summary>
public sealed record PendingEscalation(string Kind, string? Topic, string? Reason, string? CounterId);
