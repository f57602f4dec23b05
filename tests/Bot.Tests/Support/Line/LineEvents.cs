using System.Text;
using System.Text.Json.Nodes;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>Webhook events as LINE sends them (webhook.yml shapes), for tests and the load driver.</summary>
public static class LineEvents
{
    public const string Destination = "Uffffffffffffffffffffffffffffffff";

    private static long _next;

    /// <summary>A LINE-shaped user id (U + 32 hex digits) made from a short name.</summary>
    public static string UserId(string name) =>
        "U" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 16).ToLowerInvariant();

    public static string NewEventId() => $"01TEST{Interlocked.Increment(ref _next):D10}{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";

    public static JsonObject Text(string userId, string text, string? eventId = null, string? replyToken = null, bool redelivery = false,
        string mode = "active", DateTimeOffset? at = null)
    {
        var e = Base("message", userId, eventId, mode, redelivery, at);
        e["replyToken"] = replyToken ?? "rt-" + e["webhookEventId"]!.GetValue<string>();
        e["message"] = new JsonObject
        {
            ["type"] = "text",
            ["id"] = Random.Shared.NextInt64(1, long.MaxValue).ToString(),
            ["quoteToken"] = "q-" + Guid.NewGuid().ToString("N"),
            ["text"] = text,
        };
        return e;
    }

    public static JsonObject Sticker(string userId)
    {
        var e = Base("message", userId, null, "active", false, null);
        e["replyToken"] = "rt-" + e["webhookEventId"]!.GetValue<string>();
        e["message"] = new JsonObject { ["type"] = "sticker", ["id"] = "1", ["packageId"] = "446", ["stickerId"] = "1988", ["stickerResourceType"] = "STATIC" };
        return e;
    }

    public static JsonObject Postback(string userId, string data)
    {
        var e = Base("postback", userId, null, "active", false, null);
        e["replyToken"] = "rt-" + e["webhookEventId"]!.GetValue<string>();
        e["postback"] = new JsonObject { ["data"] = data };
        return e;
    }

    public static JsonObject Follow(string userId, bool unblocked = false)
    {
        var e = Base("follow", userId, null, "active", false, null);
        e["replyToken"] = "rt-" + e["webhookEventId"]!.GetValue<string>();
        e["follow"] = new JsonObject { ["isUnblocked"] = unblocked };
        return e;
    }

    public static JsonObject Unfollow(string userId) => Base("unfollow", userId, null, "active", false, null);

    public static JsonObject GroupText(string groupId, string userId, string text)
    {
        var e = Text(userId, text);
        e["source"] = new JsonObject { ["type"] = "group", ["groupId"] = groupId, ["userId"] = userId };
        return e;
    }

    public static byte[] Body(params JsonObject[] events) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["destination"] = Destination,
            ["events"] = new JsonArray(events.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        }.ToJsonString(RawUtf8));

    /// <summary>Like LINE: non-ASCII characters as UTF-8, not \u escapes (the signature covers those bytes).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions RawUtf8 = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same event as LINE redelivers it: same webhookEventId, isRedelivery true.</summary>
    public static JsonObject Redelivered(JsonObject e)
    {
        var copy = (JsonObject)e.DeepClone();
        copy["deliveryContext"] = new JsonObject { ["isRedelivery"] = true };
        return copy;
    }

    public static string EventId(JsonObject e) => e["webhookEventId"]!.GetValue<string>();

    public static string ReplyToken(JsonObject e) => e["replyToken"]!.GetValue<string>();

    private static JsonObject Base(string type, string userId, string? eventId, string mode, bool redelivery, DateTimeOffset? at) => new()
    {
        ["type"] = type,
        ["mode"] = mode,
        ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(),
        ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
        ["webhookEventId"] = eventId ?? NewEventId(),
        ["deliveryContext"] = new JsonObject { ["isRedelivery"] = redelivery },
    };
}
