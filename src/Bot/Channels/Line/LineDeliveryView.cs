namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// A delivery as operators see it: which conversation, how far sending got and why it stopped —
/// never what it says or to which LINE user.
/// </summary>
public sealed record LineDeliveryView(
    string Id,
    string ConversationId,
    string Status,
    int Attempts,
    string? LastError,
    int MessageCount,
    string? ReplyToId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
