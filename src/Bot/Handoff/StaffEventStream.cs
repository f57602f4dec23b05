using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// Live notices to every signed-in staff console, as server-sent events on /api/staff/events. The
/// server pushes only short notices (queueChanged, conversationChanged, emergencyUnclaimed); the
/// console reads details through the staff API, which applies each member's ward and kind limits.
/// </summary>
public sealed class StaffEventStream : IStaffNotifier
{
    private readonly List<Channel<SseItem<string>>> _listeners = [];

    public int Listeners
    {
        get { lock (_listeners) return _listeners.Count; }
    }

    public async IAsyncEnumerable<SseItem<string>> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_listeners) _listeners.Add(channel);
        try
        {
            yield return new SseItem<string>("hello", "connected");
            while (!ct.IsCancellationRequested)
            {
                // A keep-alive every 15 s so proxies do not close an idle stream.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(TimeSpan.FromSeconds(15));
                SseItem<string> item;
                try
                {
                    item = await channel.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    item = new SseItem<string>("", "ping");
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return item;
            }
        }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }

    public Task QueueChangedAsync(string? escalationId, CancellationToken ct = default) => Publish("queueChanged", escalationId ?? "");

    public Task ConversationChangedAsync(string conversationId, CancellationToken ct = default) => Publish("conversationChanged", conversationId);

    public Task EmergencyUnclaimedAsync(Storage.EscalationRecord escalation, CancellationToken ct = default) =>
        Publish("emergencyUnclaimed", escalation.Id);

    private Task Publish(string type, string data)
    {
        lock (_listeners)
            foreach (var listener in _listeners) listener.Writer.TryWrite(new SseItem<string>(data, type));
        return Task.CompletedTask;
    }
}
