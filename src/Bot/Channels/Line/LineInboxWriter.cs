using System.Threading.Channels;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Stores webhook events for the endpoint with group commit: the calls that arrive while a transaction
/// is being written wait together and go into the next one, so a burst costs a few transactions
/// instead of one per call. A call is answered only after the transaction holding its events has
/// committed (or failed, which fails the call and LINE redelivers).
/// </summary>
public sealed class LineInboxWriter(ILineInboxStore inbox, LineInboxSignal signal)
{
    private const int MaxEventsPerTransaction = 500;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private int _writing;

    public async Task StoreAsync(IReadOnlyList<LineWebhookEvent> events, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var pending = new Pending(events, receivedAt);
        _queue.Writer.TryWrite(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) _ = Task.Run(WriteAllAsync, CancellationToken.None);
        await pending.Stored.Task.WaitAsync(ct);
    }

    /// <summary>Writes until the queue is empty; one writer at a time.</summary>
    private async Task WriteAllAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            var count = 0;
            while (count < MaxEventsPerTransaction && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                count += next.Events.Count;
            }
            if (batch.Count > 0)
            {
                try
                {
                    await inbox.AddAsync(batch.SelectMany(p => p.Events.Select(e => (e, p.ReceivedAt))).ToList(), CancellationToken.None);
                    signal.Notify();
                    foreach (var p in batch) p.Stored.TrySetResult();
                }
                catch (Exception e)
                {
                    foreach (var p in batch) p.Stored.TrySetException(e);
                }
                continue;
            }
            Volatile.Write(ref _writing, 0);
            // A call queued after the last read but before the flag was cleared must not wait forever.
            if (!_queue.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
        }
    }

    private sealed record Pending(IReadOnlyList<LineWebhookEvent> Events, DateTimeOffset ReceivedAt)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
