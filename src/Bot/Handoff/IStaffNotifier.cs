using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Handoff;

/// <summary>Live notices to signed-in staff (the console listens on the staff hub).</summary>
public interface IStaffNotifier
{
    Task QueueChangedAsync(string? escalationId, CancellationToken ct = default);

    Task ConversationChangedAsync(string conversationId, CancellationToken ct = default);

    Task EmergencyUnclaimedAsync(EscalationRecord escalation, CancellationToken ct = default);
}
