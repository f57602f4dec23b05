using HelpBot.Bot.Conversations;
using HelpBot.Bot.Dialogs;

namespace HelpBot.Bot.Handoff;

/// <summary>Tells staff consoles when a conversation changed or an escalation appeared.</summary>
public sealed class StaffBusListener(ActivityBus bus, IStaffNotifier notifier, ILogger<StaffBusListener> logger) : BusListener(bus, logger)
{
    protected override async ValueTask OnEventAsync(ConversationEvent e)
    {
        if (e.Live is not null) return;
        await notifier.ConversationChangedAsync(e.ConversationId);
        if (e.Committed.Any(a => a.Activity.Name is Escalations.HandoffInitiate or Escalations.HandoffStatus))
            await notifier.QueueChangedAsync(null);
    }
}
