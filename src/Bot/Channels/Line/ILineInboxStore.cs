namespace HelpBot.Bot.Channels.Line;

/// <summary>The webhook inbox: events stored before LINE gets its 200, then processed in arrival order.</summary>
public interface ILineInboxStore
{
    /// <summary>
    /// Stores events in one transaction (the events of one or of several webhook calls, each with when
    /// its call arrived); an event whose id is already stored is skipped. Returns how many were new.
    /// </summary>
    Task<int> AddAsync(IReadOnlyList<(LineWebhookEvent Event, DateTimeOffset ReceivedAt)> events, CancellationToken ct = default);

    /// <summary>Unprocessed events, oldest first.</summary>
    Task<IReadOnlyList<LineInboxItem>> PendingAsync(int limit, CancellationToken ct = default);

    /// <summary>The highest inbox id so far (0 when empty).</summary>
    Task<long> LastIdAsync(CancellationToken ct = default);

    /// <summary>Marks an event done and forgets its text and user id; the activity id lets a reply find the event's reply token.</summary>
    Task MarkProcessedAsync(long id, string outcome, string? conversationId, string? activityId, CancellationToken ct = default);

    /// <summary>Forgets processed events older than <paramref name="before"/>; a redelivery after that would be processed again.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default);
}
