using System.Collections.Concurrent;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// In-process notifications after a turn commits: a Direct Line stream listens to its conversation,
/// the LINE sender to every LINE conversation. Typing goes through here live and is never stored.
/// Listeners must not throw; a failing one is logged and the others still run.
/// </summary>
public sealed class ActivityBus(ILogger<ActivityBus> logger)
{
    private readonly ConcurrentDictionary<Guid, (string? ConversationId, Func<ConversationEvent, ValueTask> Handler)> _listeners = new();

    public IDisposable Subscribe(string conversationId, Func<ConversationEvent, ValueTask> handler) => Add(conversationId, handler);

    public IDisposable SubscribeAll(Func<ConversationEvent, ValueTask> handler) => Add(null, handler);

    public async ValueTask PublishAsync(ConversationEvent e)
    {
        foreach (var (_, (conversationId, handler)) in _listeners)
        {
            if (conversationId is not null && conversationId != e.ConversationId) continue;
            try
            {
                await handler(e);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A conversation listener failed");
            }
        }
    }

    private IDisposable Add(string? conversationId, Func<ConversationEvent, ValueTask> handler)
    {
        var key = Guid.NewGuid();
        _listeners[key] = (conversationId, handler);
        return new Subscription(() => _listeners.TryRemove(key, out _));
    }

    private sealed class Subscription(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
