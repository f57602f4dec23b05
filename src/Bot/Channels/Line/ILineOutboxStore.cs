namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// The LINE outbox: replies are written here before they are sent, so a crash between deciding and
/// sending loses nothing (they are sent at start), and what could not be sent stays visible.
/// </summary>
public interface ILineOutboxStore
{
    /// <summary>
    /// In one transaction: moves the reply token of the answered event to each delivery that claims it
    /// (a token is given once), inserts the deliveries (an id already there is skipped; so is a delivery
    /// at or below the conversation's watermark, planned already) and moves the watermark to
    /// <paramref name="plannedSeq"/>. Returns how many were inserted.
    /// </summary>
    Task<int> AddAsync(string conversationId, IReadOnlyList<LineDelivery> deliveries, long plannedSeq, CancellationToken ct = default);

    /// <summary>The conversation's pending deliveries, in order.</summary>
    Task<IReadOnlyList<LineDelivery>> PendingAsync(string conversationId, CancellationToken ct = default);

    Task<IReadOnlyList<string>> ConversationsWithPendingAsync(CancellationToken ct = default);

    Task<LineDelivery?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Marks it sent and forgets the messages and the reply token.</summary>
    Task MarkSentAsync(string id, string method, CancellationToken ct = default);

    /// <summary>Marks it skipped (not sent on purpose) and forgets the messages.</summary>
    Task MarkSkippedAsync(string id, string reason, CancellationToken ct = default);

    /// <summary>
    /// The conversation's pending and failed deliveries become skipped with <paramref name="reason"/>, their
    /// messages and reply tokens forgotten (the resident deleted their history). Returns how many.
    /// </summary>
    Task<int> ForgetUndeliveredAsync(string conversationId, string reason, CancellationToken ct = default);

    /// <summary>Counts a failed attempt; <paramref name="final"/> marks it failed for good. Returns the attempts so far.</summary>
    Task<int> MarkAttemptFailedAsync(string id, string error, bool final, CancellationToken ct = default);

    /// <summary>The reply token is spent or too old: from now on this delivery is a push.</summary>
    Task DropReplyTokenAsync(string id, CancellationToken ct = default);

    /// <summary>The operators' view: deliveries not sent (pending and failed), oldest first.</summary>
    Task<IReadOnlyList<LineDeliveryView>> UndeliveredAsync(int limit = 200, CancellationToken ct = default);

    /// <summary>Every delivery of a conversation, in order (for operators and tests).</summary>
    Task<IReadOnlyList<LineDeliveryView>> ForConversationAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Forgets sent and skipped deliveries last touched before <paramref name="before"/>; failed ones stay.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default);
}
