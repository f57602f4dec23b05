using System.Text.Json.Nodes;
using System.Threading.Channels;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Privacy;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Sends the outbox. Each conversation's deliveries go in order, one at a time; different conversations
/// in parallel. A delivery replies with its reply token while the token is unused and young enough,
/// else it is pushed with its retry key (409 from LINE means an earlier try went through). A failure
/// worth retrying leaves it pending and the conversation is tried again after a growing pause; a refusal,
/// or too many failures, marks it failed — it stays for operators and the log says so with hashed ids.
/// A send under way when the server stops is finished and recorded; what is still pending goes at start.
/// </summary>
public sealed class LineSender(
    LineOptions options,
    ILineOutboxStore outbox,
    ILineConversationStore lines,
    IServiceProvider services,
    IdentifierHasher hasher,
    TimeProvider clock,
    ILogger<LineSender> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    private readonly Channel<string> _work = Channel.CreateUnbounded<string>();
    private readonly ConversationGate _gate = new();

    public void Enqueue(string conversationId) => _work.Writer.TryWrite(conversationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        var workers = Enumerable.Range(0, options.SendConcurrency).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var conversationId in _work.Reader.ReadAllAsync(ct))
            {
                try
                {
                    using var _ = await _gate.EnterAsync(conversationId, ct);
                    await SendPendingAsync(conversationId, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Sending to LINE conversation {Conversation} failed; trying again later", hasher.Hash(conversationId));
                    RetryLater(conversationId, options.SendRetryDelay, ct);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendPendingAsync(string conversationId, CancellationToken ct)
    {
        var api = services.GetRequiredService<LineApiClient>();
        foreach (var delivery in await outbox.PendingAsync(conversationId, ct))
        {
            if (ct.IsCancellationRequested) return; // the rest stays pending and goes at the next start
            var retryAfter = await SendAsync(api, delivery);
            if (retryAfter is { } delay)
            {
                RetryLater(conversationId, delay, ct);
                return; // later deliveries wait: a conversation's messages arrive in order
            }
        }
    }

    /// <returns>Null when the delivery is settled (sent, skipped or failed); else how long to wait before trying again.</returns>
    private async Task<TimeSpan?> SendAsync(LineApiClient api, LineDelivery d)
    {
        // Not the stopping token: a request under way is finished and its outcome recorded.
        var ct = CancellationToken.None;
        var recipient = await lines.RecipientAsync(d.ConversationId, ct);
        if (recipient is null || string.IsNullOrEmpty(recipient.UserId) || d.Messages is null || JsonNode.Parse(d.Messages) is not JsonArray { Count: > 0 } messages)
        {
            await outbox.MarkAttemptFailedAsync(d.Id, "nothing to send or nobody to send it to", final: true, ct);
            logger.LogWarning("LINE delivery {Delivery} for {Conversation} failed: no recipient or no messages", d.Id, hasher.Hash(d.ConversationId));
            return null;
        }
        if (recipient.Unfollowed)
        {
            await outbox.MarkSkippedAsync(d.Id, "unfollowed", ct);
            return null;
        }
        if (d.ReplyToken is { } token)
        {
            if (d.ReplyReceivedAt is { } at && clock.GetUtcNow() - at <= options.ReplyTokenMaxAge)
            {
                var reply = await api.ReplyAsync(token, messages, ct);
                if (reply.IsSuccess)
                {
                    await outbox.MarkSentAsync(d.Id, "reply", ct);
                    return null;
                }
                if (!reply.IsInvalidReplyToken) return await FailedAsync(d, reply);
            }
            await outbox.DropReplyTokenAsync(d.Id, ct);
        }
        var push = await api.PushAsync(recipient.UserId, (JsonArray)messages.DeepClone(), d.Id, ct);
        if (push.IsSuccess || push.IsAlreadyAccepted)
        {
            await outbox.MarkSentAsync(d.Id, "push", ct);
            return null;
        }
        return await FailedAsync(d, push);
    }

    private async Task<TimeSpan?> FailedAsync(LineDelivery d, LineApiResult result)
    {
        var final = !result.IsTransient || d.Attempts + 1 >= options.MaxSendAttempts;
        var attempts = await outbox.MarkAttemptFailedAsync(d.Id, result.Describe(), final, CancellationToken.None);
        if (final)
        {
            logger.LogWarning("LINE delivery {Delivery} for {Conversation} failed after {Attempts} attempt(s): {Error}; it stays in the outbox for operators",
                d.Id, hasher.Hash(d.ConversationId), attempts, result.Describe());
            return null;
        }
        var delay = options.SendRetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    private void RetryLater(string conversationId, TimeSpan delay, CancellationToken ct) => _ = Task.Run(async () =>
    {
        try
        {
            await Task.Delay(delay, ct);
            Enqueue(conversationId);
        }
        catch (OperationCanceledException)
        {
        }
    }, CancellationToken.None);
}
