namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// One LINE request in the outbox: up to five message objects for one conversation, the activities
/// they came from, the reply token when this request may use one, and how sending went. The id is a
/// UUID derived from the activity ids, so deciding twice gives the same row and a retried push the
/// same <c>X-Line-Retry-Key</c>.
/// </summary>
public sealed record LineDelivery
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>Order within the conversation: the transcript seq of the first activity, times 1000, plus the request's index.</summary>
    public required long Ordinal { get; init; }
    public string? ReplyToId { get; init; }
    public required IReadOnlyList<string> ActivityIds { get; init; }
    /// <summary>The JSON array of message objects; null once sent.</summary>
    public string? Messages { get; init; }
    public required int MessageCount { get; init; }
    /// <summary>When building: this request is the first answer to <see cref="ReplyToId"/> and may take its reply token.</summary>
    public bool ClaimsReplyToken { get; init; }
    /// <summary>When building: the webhook event of the inbound <see cref="ReplyToId"/>, to find its reply token before the inbox worker has linked it.</summary>
    public string? ReplyToEventId { get; init; }
    public string? ReplyToken { get; init; }
    public DateTimeOffset? ReplyReceivedAt { get; init; }
    public string Status { get; init; } = LineDeliveryStatus.Pending;
    public string? Method { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
}
