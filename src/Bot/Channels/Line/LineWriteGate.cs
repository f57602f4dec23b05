namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// One LINE table write at a time in this process, waited for asynchronously. SQLite has one writer;
/// a connection that finds the database locked sleeps inside SQLite's busy handler and holds a thread
/// pool thread while it does. Under a burst (dozens of webhook calls storing events while turns commit)
/// those blocked threads starve the pool and acknowledgements stall for a second at a time. Queuing the
/// channel's own writes here leaves at most one of them blocked in SQLite.
/// </summary>
public sealed class LineWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Releaser(_gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
