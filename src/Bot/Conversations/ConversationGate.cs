namespace HelpBot.Bot.Conversations;

/// <summary>One turn at a time per conversation; different conversations run in parallel.</summary>
public sealed class ConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken ct = default)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!)) _entries[conversationId] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(conversationId, entry, release: false);
            throw;
        }
        return new Releaser(() => Leave(conversationId, entry, release: true));
    }

    public int ActiveConversations
    {
        get { lock (_entries) return _entries.Count; }
    }

    private void Leave(string conversationId, Entry entry, bool release)
    {
        if (release) entry.Semaphore.Release();
        lock (_entries)
        {
            if (--entry.Users == 0) _entries.Remove(conversationId);
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users;
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) release();
        }
    }
}
