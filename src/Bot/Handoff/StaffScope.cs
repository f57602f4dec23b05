using HelpBot.Bot.Staff;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// Which escalations a staff member may see and act on: admins all; everyone the urgent ones (a life
/// may be at risk); otherwise those of the member's wards and kinds (no limit when none are set).
/// An escalation with no ward yet is open to everyone of its kind.
/// </summary>
public static class StaffScope
{
    public static bool CanSee(StaffAccount account, EscalationRecord e)
    {
        if (account.Role == StaffRoles.Admin) return true;
        if (account.Role != StaffRoles.Staff) return false;
        if (e.Urgency is "emergency" or "crisis") return true;
        var wardOk = account.Wards.Count == 0 || e.Ward is null || account.Wards.Contains(e.Ward);
        var kindOk = account.Kinds.Count == 0 || account.Kinds.Contains(e.Kind);
        return wardOk && kindOk;
    }

    /// <summary>The order staff work in: emergency, then crisis, then normal; the longest waiting first.</summary>
    public static IEnumerable<EscalationRecord> InQueueOrder(IEnumerable<EscalationRecord> escalations) =>
        escalations.OrderBy(e => e.Urgency switch { "emergency" => 0, "crisis" => 1, _ => 2 }).ThenBy(e => e.CreatedAt);
}
