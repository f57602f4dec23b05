namespace HelpBot.Bot.Channels.Line;

/// <summary>Wakes the inbox worker when the webhook stored new events (it also looks on its own now and then).</summary>
public sealed class LineInboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <returns>True when signalled, false when the wait timed out.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
