using System.Net.WebSockets;
using System.Threading.Channels;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Privacy;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// One Direct Line WebSocket stream: first what the transcript holds after the client's watermark,
/// then, as the <see cref="ActivityBus"/> announces them, new activities (read back from the
/// transcript, so the order and watermarks are the transcript's) and live typing. An empty message
/// goes out every few seconds as the protocol's keep-alive; what the client sends (its own empty
/// pings) is read and ignored. Ends when the client closes, the connection drops or the server stops.
/// </summary>
public sealed class ActivityStreamer(
    IConversationStore store,
    ActivityBus bus,
    DirectLineOptions options,
    IHostApplicationLifetime lifetime,
    IdentifierHasher hasher,
    TimeProvider clock,
    ILogger<ActivityStreamer> logger)
{
    private const int Wake = 0;
    private const int KeepAlive = 1;

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken requestAborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var ct = stop.Token;
        // Small and lossy on purpose: a wake-up that is dropped is covered by the next one or the keep-alive's catch-up read.
        var signals = Channel.CreateBounded<(int Kind, Activity? Typing)>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = bus.Subscribe(conversationId, e =>
        {
            if (e.Live is { Type: ActivityTypes.Typing } typing) signals.Writer.TryWrite((Wake, typing));
            else if (e.Committed.Count > 0) signals.Writer.TryWrite((Wake, null));
            return ValueTask.CompletedTask;
        });
        var receiving = ReceiveUntilClosedAsync(socket, stop, requestAborted);
        var ticking = TickAsync(signals.Writer, TimeSpan.FromSeconds(options.StreamKeepAliveSeconds), ct);
        var sent = watermark;
        try
        {
            // An empty message first: the client knows at once that the stream works, even with nothing to send yet.
            await SendAsync(socket, [], ct);
            sent = await SendNewAsync(socket, conversationId, sent, ct);
            await foreach (var (kind, typing) in signals.Reader.ReadAllAsync(ct))
            {
                if (typing is not null)
                {
                    await SendAsync(socket, new ActivitySet([Decorate(typing, conversationId)], null).ToUtf8(), ct);
                    continue;
                }
                if (kind == KeepAlive) await SendAsync(socket, [], ct);
                sent = await SendNewAsync(socket, conversationId, sent, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away or the server is stopping.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Stream of {Conversation} failed", hasher.Hash(conversationId));
        }
        finally
        {
            // Close first, while the receive loop still runs to take the client's answering close frame.
            await CloseAsync(socket, lifetime.ApplicationStopping.IsCancellationRequested);
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)) != receiving) socket.Abort();
            await receiving;
            await stop.CancelAsync();
            await ticking;
        }
    }

    private async Task<long> SendNewAsync(WebSocket socket, string conversationId, long after, CancellationToken ct)
    {
        while (true)
        {
            var (activities, last, more) = await ResidentActivities.ReadPageAsync(store, conversationId, after, ct);
            if (activities.Count > 0) await SendAsync(socket, new ActivitySet(activities, Watermarks.Format(last)).ToUtf8(), ct);
            after = last;
            if (!more) return after;
        }
    }

    private Activity Decorate(Activity typing, string conversationId) => typing with
    {
        Id = $"{conversationId}|typing-{Guid.NewGuid():N}",
        ChannelId = DirectLineConversations.Channel,
        Conversation = new ConversationAccount { Id = conversationId },
        Timestamp = clock.GetUtcNow(),
    };

    private static Task SendAsync(WebSocket socket, byte[] message, CancellationToken ct) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task TickAsync(ChannelWriter<(int, Activity?)> signals, TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) signals.TryWrite((KeepAlive, null));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Reads (and drops) what the client sends until it closes or the connection drops; then stops the stream.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken requestAborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, requestAborted);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
        }
        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, bool serverStopping)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(serverStopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure,
                null, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
        }
    }
}
