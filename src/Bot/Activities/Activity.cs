using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

/// <summary>
/// The subset of the Bot Framework Activity a help desk needs. Unknown fields are kept (A2005) and
/// written back unchanged; channelData is kept as it came. <see cref="Visibility"/> is HelpBot's own
/// and never goes on the wire.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; init; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("relatesTo")] public JsonElement? RelatesTo { get; init; }
    [JsonPropertyName("entities")] public JsonElement? Entities { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }

    [JsonIgnore] public Visibility Visibility { get; init; } = Visibility.Resident;

    [JsonIgnore] public bool IsMessage => Type == ActivityTypes.Message;

    public string ToJson() => JsonSerializer.Serialize(this, ActivityJson.Options);

    public static Activity? FromJson(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options);

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    public static Activity Event(string name, object? value) => new()
    {
        Type = ActivityTypes.Event,
        Name = name,
        Value = value is null ? null : JsonSerializer.SerializeToElement(value, ActivityJson.Options),
        Visibility = Visibility.Internal,
    };
}
