using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Privacy;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Decides what goes to LINE. It listens to every conversation on the activity bus; for a LINE
/// conversation, a turn starting starts the loading timer, and a committed turn has its resident-visible
/// messages (never internal activities, never the resident's own) read from the transcript past the
/// conversation's watermark, converted, cut into requests of five and written to the outbox in one
/// transaction with the new watermark — then the sender sends them. At start it does the same for any
/// LINE conversation whose replies were committed but never reached the outbox (a crash in between), and
/// hands every pending delivery to the sender.
/// </summary>
public sealed class LineOutboundDispatcher(
    LineOptions options,
    ActivityBus bus,
    IConversationStore conversations,
    ILineConversationStore lines,
    ILineOutboxStore outbox,
    LineSender sender,
    LineLoadingIndicator loading,
    IdentifierHasher hasher,
    ILogger<LineOutboundDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PlanRetryDelay = TimeSpan.FromSeconds(5);

    private readonly ConversationGate _gate = new();
    private CancellationToken _stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        _stopping = stoppingToken;
        using var subscription = bus.SubscribeAll(OnEventAsync);
        try
        {
            foreach (var conversationId in await lines.WithUnplannedRepliesAsync(stoppingToken))
                await PlanAndSendAsync(conversationId, stoppingToken);
            foreach (var conversationId in await outbox.ConversationsWithPendingAsync(stoppingToken))
                sender.Enqueue(conversationId);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async ValueTask OnEventAsync(ConversationEvent e)
    {
        if (e.Channel != LineInboundMapper.ChannelId) return;
        if (e.Live is { Type: ActivityTypes.Typing })
        {
            loading.TurnStarted(e.ConversationId);
            return;
        }
        loading.TurnEnded(e.ConversationId);
        if (e.Committed.Any(IsForResident)) await PlanAndSendAsync(e.ConversationId, CancellationToken.None);
    }

    private async Task PlanAndSendAsync(string conversationId, CancellationToken ct)
    {
        try
        {
            using (await _gate.EnterAsync(conversationId, ct)) await PlanAsync(conversationId, ct);
            sender.Enqueue(conversationId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "LINE replies of {Conversation} could not be written to the outbox; trying again", hasher.Hash(conversationId));
            _ = Task.Run(async () =>
            {
                try
                {
                    await Task.Delay(PlanRetryDelay, _stopping);
                }
                catch (OperationCanceledException)
                {
                    return; // stopping: the start-up scan plans it next time
                }
                await PlanAndSendAsync(conversationId, CancellationToken.None);
            });
        }
    }

    private async Task PlanAsync(string conversationId, CancellationToken ct)
    {
        var after = await lines.DeliveredSeqAsync(conversationId, ct);
        var planned = after;
        var activities = new List<StoredActivity>();
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await conversations.ReadAsync(conversationId, planned, includeInternal: false, limit: 500, ct);
            if (page.Count == 0) break;
            activities.AddRange(page.Where(IsForResident));
            foreach (var inbound in page.Where(a => a.Direction == ActivityDirection.Inbound))
                if (LineInboundMapper.WebhookEventIdOf(inbound.Activity) is { } eventId) eventOf[inbound.Id] = eventId;
            planned = page[^1].Seq;
        }
        if (planned == after) return;
        var deliveries = Build(conversationId, activities)
            .Select(d => d.ReplyToId is { } r && eventOf.TryGetValue(r, out var e) ? d with { ReplyToEventId = e } : d)
            .ToList();
        await outbox.AddAsync(conversationId, deliveries, planned, ct);
    }

    /// <summary>
    /// The requests for a run of activities: consecutive activities answering the same inbound (and from
    /// the same sender) go together, so the quick reply lands on the last message and the first request
    /// can use that inbound's reply token.
    /// </summary>
    internal static IReadOnlyList<LineDelivery> Build(string conversationId, IReadOnlyList<StoredActivity> activities)
    {
        var deliveries = new List<LineDelivery>();
        var i = 0;
        while (i < activities.Count)
        {
            var first = activities[i];
            var sender = SenderName(first.Activity);
            var group = activities.Skip(i)
                .TakeWhile(a => a.Activity.ReplyToId == first.Activity.ReplyToId && SenderName(a.Activity) == sender).ToList();
            i += group.Count;
            var ids = group.Select(a => a.Id).ToList();
            var requests = LineMessageConverter.Chunk(LineMessageConverter.Convert(group.Select(a => a.Activity).ToList(), sender));
            for (var r = 0; r < requests.Count; r++)
            {
                deliveries.Add(new LineDelivery
                {
                    Id = LineRetryKey.For(ids, r),
                    ConversationId = conversationId,
                    Ordinal = first.Seq * 1000 + r,
                    ReplyToId = first.Activity.ReplyToId,
                    ActivityIds = ids,
                    Messages = LineMessageConverter.ToJson(requests[r]),
                    MessageCount = requests[r].Count,
                    ClaimsReplyToken = r == 0 && first.Activity.ReplyToId is not null,
                });
            }
        }
        return deliveries;
    }

    private static bool IsForResident(StoredActivity a) =>
        a.Direction == ActivityDirection.Outbound && a.Activity.Visibility == Visibility.Resident && a.Activity.IsMessage;

    /// <summary>
    /// A person writing through HelpBot (a staff reply: <c>from.role</c> "staff") is shown under their
    /// name — the counter's — as LINE's sender; the bot's own messages carry no sender.
    /// </summary>
    private static string? SenderName(Activity a) =>
        a.From is { Role: "staff", Name: { Length: > 0 } name } ? name : null;
}
