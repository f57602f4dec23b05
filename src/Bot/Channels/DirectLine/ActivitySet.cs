using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>What GET activities answers and what the stream sends: activities and the watermark to resume after.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark)
{
    public string ToJson() => JsonSerializer.Serialize(this, ActivityJson.Options);

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, ActivityJson.Options);
}
