using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// A turn's resident-visible message activities as LINE message objects: text (split past 5,000
/// characters), hero cards as flex bubbles (several cards of one activity as a carousel), and the
/// last suggested actions of the batch as a quick reply on the batch's last message (LINE hides quick
/// replies once a newer message arrives). More than five messages are fitted into one request where
/// neighbouring texts can be joined. An optional sender name (a staff member's counter, at most
/// 20 characters) goes on every message. <see cref="Chunk"/> cuts the result into requests of five.
/// </summary>
public static class LineMessageConverter
{
    public const int MaxTextLength = 5000;
    public const int MaxMessagesPerRequest = 5;
    public const int MaxSenderName = 20;

    public static IReadOnlyList<JsonObject> Convert(IReadOnlyList<Activity> activities, string? senderName = null)
    {
        var messages = new List<JsonObject>();
        SuggestedActions? suggested = null;
        foreach (var activity in activities)
        {
            if (!activity.IsMessage || activity.Visibility != Visibility.Resident) continue;
            if (activity.Text is { Length: > 0 } text && text.Trim().Length > 0)
                foreach (var piece in LineText.Split(text, MaxTextLength))
                    messages.Add(new JsonObject { ["type"] = "text", ["text"] = piece });
            var cards = (activity.Attachments ?? []).Select(HeroCard.From).OfType<HeroCard>().ToList();
            foreach (var group in cards.Chunk(LineFlexCard.MaxBubbles)) messages.Add(LineFlexCard.Message(group));
            if (activity.SuggestedActions is { Actions.Count: > 0 } s) suggested = s;
        }
        FitInOneRequest(messages);
        if (messages.Count > 0 && LineQuickReply.From(suggested) is { } quickReply) messages[^1]["quickReply"] = quickReply;
        if (senderName is { Length: > 0 })
            foreach (var message in messages) message["sender"] = new JsonObject { ["name"] = LineText.Clip(senderName, MaxSenderName) };
        return messages;
    }

    /// <summary>
    /// When a turn makes more than five messages, neighbouring texts are joined (a blank line between,
    /// never past 5,000 characters), earliest first, until they fit one request: a reply is free, and
    /// a second request can only be a push, which LINE counts against the monthly quota.
    /// </summary>
    private static void FitInOneRequest(List<JsonObject> messages)
    {
        var joined = true;
        while (messages.Count > MaxMessagesPerRequest && joined)
        {
            joined = false;
            // One pass joins disjoint pairs (1+2, 3+4 …), so no single message grows much longer than the rest.
            for (var i = 0; messages.Count > MaxMessagesPerRequest && i < messages.Count - 1; i++)
            {
                if (TextOf(messages[i]) is not { } first || TextOf(messages[i + 1]) is not { } second
                    || first.Length + 2 + second.Length > MaxTextLength) continue;
                messages[i]["text"] = first + "\n\n" + second;
                messages.RemoveAt(i + 1);
                joined = true;
            }
        }
    }

    private static string? TextOf(JsonObject message) =>
        message["type"]?.GetValue<string>() == "text" ? message["text"]?.GetValue<string>() : null;

    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One request's messages as the JSON array LINE takes.</summary>
    public static string ToJson(IEnumerable<JsonObject> messages) =>
        new JsonArray(messages.Select(m => (JsonNode)m.DeepClone()).ToArray()).ToJsonString(Json);

    /// <summary>Requests of at most five messages, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<JsonObject>> Chunk(IReadOnlyList<JsonObject> messages) =>
        messages.Chunk(MaxMessagesPerRequest).Select(c => (IReadOnlyList<JsonObject>)c).ToList();
}
