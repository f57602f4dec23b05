using HelpBot.Bot.Conversations;
using HelpBot.Bot.Dialogs;

namespace HelpBot.Bot.Handoff;

/// <summary>Tells staff consoles when a conversation changed or an escalation appeared.</summary>
public sealed class StaffBusListener(ActivityBus bus, IStaffNotifier notifier, ILogger<StaffBusListener> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(async e =>
        {
            if (e.Live is not null) return;
            try
            {
                await notifier.ConversationChangedAsync(e.ConversationId);
                if (e.Committed.Any(a => a.Activity.Name is Escalations.HandoffInitiate or Escalations.HandoffStatus))
                    await notifier.QueueChangedAsync(null);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Notifying staff consoles failed");
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
