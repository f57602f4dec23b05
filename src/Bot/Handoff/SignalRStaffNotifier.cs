using HelpBot.Bot.Storage;
using Microsoft.AspNetCore.SignalR;

namespace HelpBot.Bot.Handoff;

public sealed class SignalRStaffNotifier(IHubContext<StaffHub> hub) : IStaffNotifier
{
    public Task QueueChangedAsync(string? escalationId, CancellationToken ct = default) =>
        hub.Clients.All.SendAsync("queueChanged", escalationId, ct);

    public Task ConversationChangedAsync(string conversationId, CancellationToken ct = default) =>
        hub.Clients.All.SendAsync("conversationChanged", conversationId, ct);

    public Task EmergencyUnclaimedAsync(EscalationRecord escalation, CancellationToken ct = default) =>
        hub.Clients.All.SendAsync("emergencyUnclaimed", new { id = escalation.Id, urgency = escalation.Urgency, ward = escalation.Ward, topic = escalation.Topic }, ct);
}
