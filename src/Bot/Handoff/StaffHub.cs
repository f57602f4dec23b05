using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// The staff console's live channel (SignalR, /api/staff/hub). The server only pushes short notices
/// (queueChanged, conversationChanged, emergencyUnclaimed); the console reads details through the
/// staff API, which applies each member's ward and kind limits.
/// </summary>
[Authorize(Policy = Staff.StaffPolicies.Staff)]
public sealed class StaffHub : Hub
{
}
