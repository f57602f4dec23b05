using System.Text.Json.Serialization;

namespace HelpBot.Bot.Channels.Line;

/// <summary>What an inbound LINE activity carries in channelData.</summary>
public sealed record LineChannelData
{
    [JsonPropertyName("replyToken")] public string? ReplyToken { get; init; }
    [JsonPropertyName("webhookEventId")] public required string WebhookEventId { get; init; }
    [JsonPropertyName("receivedAt")] public DateTimeOffset ReceivedAt { get; init; }
    [JsonPropertyName("messageType")] public string? MessageType { get; init; }
    [JsonPropertyName("isRedelivery")] public bool? IsRedelivery { get; init; }
}
