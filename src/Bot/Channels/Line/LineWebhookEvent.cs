using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// One event of a webhook body, with the fields HelpBot routes on read out and the event itself kept
/// as LINE sent it. Parsing is lenient: unknown fields and event types are kept, a missing field is
/// null, and an event without a <c>webhookEventId</c> gets one made from its own bytes, so an identical
/// redelivery is still recognised.
/// </summary>
public sealed record LineWebhookEvent
{
    public required string WebhookEventId { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public string? SourceType { get; init; }
    public string? UserId { get; init; }
    public string? ReplyToken { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public bool IsRedelivery { get; init; }
    public required string Json { get; init; }

    public bool IsStandby => string.Equals(Mode, "standby", StringComparison.Ordinal);

    /// <summary>The events of a webhook body; null when the body is not a JSON object.</summary>
    public static IReadOnlyList<LineWebhookEvent>? ParseBody(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            if (!document.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array) return [];
            return events.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(From).ToList();
        }
    }

    public static LineWebhookEvent Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    private static LineWebhookEvent From(JsonElement e)
    {
        var json = e.GetRawText();
        var source = Object(e, "source");
        return new LineWebhookEvent
        {
            WebhookEventId = String(e, "webhookEventId") is { Length: > 0 } id ? id
                : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant(),
            Type = String(e, "type") ?? "",
            Mode = String(e, "mode"),
            SourceType = source is { } s ? String(s, "type") : null,
            UserId = source is { } u ? String(u, "userId") : null,
            ReplyToken = String(e, "replyToken"),
            Timestamp = e.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms)
                && ms > 0 && ms < 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            IsRedelivery = Object(e, "deliveryContext") is { } d && d.TryGetProperty("isRedelivery", out var r) && r.ValueKind == JsonValueKind.True,
            Json = json,
        };
    }

    internal static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static JsonElement? Object(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
}
