using HelpBot.Bot.Conversations;
using HelpBot.Bot.Privacy;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Turns stored webhook events into inbound activities, oldest first, so each user's events keep their
/// order: the LINE user gets a conversation (<see cref="LineConversationIds"/>), the activity is
/// appended to its transcript and the conversation's turn is queued. Standby events, events from groups
/// and rooms, and event types HelpBot does not answer are marked and left. An unfollow stops sending; a
/// follow starts it again and is greeted. An event that was appended just before a crash is found in
/// the transcript by its webhook event id and not appended twice.
/// </summary>
public sealed class LineInboxWorker(
    LineOptions options,
    ILineInboxStore inbox,
    ILineConversationStore lines,
    ILineOutboxStore outbox,
    IConversationStore conversations,
    TurnQueue turns,
    LineConversationIds ids,
    LineInboxSignal signal,
    IdentifierHasher hasher,
    TimeProvider clock,
    ILogger<LineInboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FailurePause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private const int KnownLimit = 100_000;

    /// <summary>Conversations this process has already ensured (both rows), so a returning user costs no extra writes.</summary>
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("LINE is off: Line:ChannelSecret is not set, so {Path} answers 404", LineWebhookEndpoint.Path);
            return;
        }
        if (options.ChannelAccessToken.Length == 0)
            logger.LogWarning("Line:ChannelAccessToken is not set: LINE events are received and answered, but the answers cannot be sent");
        logger.LogInformation("LINE is on: webhook at {Path}, API at {Api}", LineWebhookEndpoint.Path, options.ApiBaseUrl);

        // Events stored before this start may have been appended just before a crash: look for them first.
        var suspects = new HashSet<long>();
        long recoverUpTo = 0;
        var lastPurge = DateTimeOffset.MinValue;
        try
        {
            recoverUpTo = await inbox.LastIdAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (clock.GetUtcNow() - lastPurge > PurgeEvery)
                {
                    lastPurge = clock.GetUtcNow();
                    await PurgeAsync(stoppingToken);
                }
                var batch = await inbox.PendingAsync(BatchSize, stoppingToken);
                if (batch.Count == 0)
                {
                    await signal.WaitAsync(IdleWait, stoppingToken);
                    continue;
                }
                foreach (var item in batch)
                {
                    try
                    {
                        await ProcessAsync(item, item.Id <= recoverUpTo || suspects.Contains(item.Id), stoppingToken);
                        suspects.Remove(item.Id);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogError(e, "LINE event {Event} could not be processed; it stays in the inbox", item.Id);
                        suspects.Add(item.Id);
                        _known.Clear(); // a conversation purged meanwhile must be made again
                        await Task.Delay(FailurePause, stoppingToken);
                        break; // keep each user's order: start again from the oldest waiting event
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(LineInboxItem item, bool mayBeAppended, CancellationToken ct)
    {
        var e = item.Event;
        if (e.IsStandby)
        {
            // Another module holds the chat: HelpBot must not answer.
            await inbox.MarkProcessedAsync(item.Id, LineInboxOutcome.Standby, null, null, ct);
            return;
        }
        if (e.SourceType != "user" || string.IsNullOrEmpty(e.UserId))
        {
            await inbox.MarkProcessedAsync(item.Id, LineInboxOutcome.Ignored, null, null, ct);
            return;
        }
        var conversationId = ids.For(e.UserId);
        if (e.Type == "unfollow")
        {
            await conversations.EnsureAsync(conversationId, LineInboundMapper.ChannelId, e.UserId, ct);
            await lines.SetFollowingAsync(conversationId, following: false, ct);
            await inbox.MarkProcessedAsync(item.Id, LineInboxOutcome.Unfollowed, conversationId, null, ct);
            logger.LogInformation("LINE user {Conversation} unfollowed: nothing more is sent", hasher.Hash(conversationId));
            return;
        }
        var activity = LineInboundMapper.ToActivity(e, item.ReceivedAt);
        if (activity is null)
        {
            await inbox.MarkProcessedAsync(item.Id, LineInboxOutcome.Ignored, null, null, ct);
            return;
        }
        if (e.Type == "follow" || !_known.Contains(conversationId))
        {
            await conversations.EnsureAsync(conversationId, LineInboundMapper.ChannelId, e.UserId, ct);
            if (e.Type == "follow") await lines.SetFollowingAsync(conversationId, following: true, ct);
            else await lines.EnsureAsync(conversationId, ct);
            if (_known.Count >= KnownLimit) _known.Clear();
            _known.Add(conversationId);
        }

        var activityId = mayBeAppended ? await FindAppendedAsync(conversationId, e.WebhookEventId, ct) : null;
        activityId ??= (await conversations.AppendInboundAsync(conversationId, activity, ct)).Id;
        await inbox.MarkProcessedAsync(item.Id, LineInboxOutcome.Appended, conversationId, activityId, ct);
        turns.Enqueue(conversationId);
    }

    private async Task<string?> FindAppendedAsync(string conversationId, string webhookEventId, CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var page = await conversations.ReadAsync(conversationId, after, includeInternal: false, limit: 500, ct);
            if (page.Count == 0) return null;
            foreach (var stored in page)
                if (stored.Direction == ActivityDirection.Inbound && LineInboundMapper.WebhookEventIdOf(stored.Activity) == webhookEventId)
                    return stored.Id;
            after = page[^1].Seq;
        }
    }

    private async Task PurgeAsync(CancellationToken ct)
    {
        try
        {
            var before = clock.GetUtcNow().AddDays(-options.DedupeDays);
            var events = await inbox.PurgeAsync(before, ct);
            var deliveries = await outbox.PurgeAsync(before, ct);
            if (events + deliveries > 0)
                logger.LogInformation("LINE: forgot {Events} processed events and {Deliveries} sent deliveries older than {Days} days", events, deliveries, options.DedupeDays);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "LINE inbox purge failed");
        }
    }
}
