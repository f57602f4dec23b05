namespace HelpBot.Bot.Storage;

/// <summary>A conversation: on which channel, with whom (the channel's user id), and the dialog's state.</summary>
public sealed record ConversationRecord
{
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public string? UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? State { get; init; }
}
