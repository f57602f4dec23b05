namespace HelpBot.Bot.Conversations;

/// <summary>
/// A hosted service that reacts to every conversation event on the <see cref="ActivityBus"/>; a failing
/// reaction is logged and never reaches the turn that published the event.
/// </summary>
public abstract class BusListener(ActivityBus bus, ILogger logger) : IHostedService
{
    private IDisposable? _subscription;

    protected abstract ValueTask OnEventAsync(ConversationEvent e);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(async e =>
        {
            try
            {
                await OnEventAsync(e);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Listener} failed on a conversation event", GetType().Name);
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
