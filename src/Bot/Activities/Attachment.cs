using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

public sealed record Attachment
{
    [JsonPropertyName("contentType")] public required string ContentType { get; init; }
    [JsonPropertyName("content")] public JsonElement? Content { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}
