using System.Text.Json;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// LINE webhook events as activities. A text message is a message; any other message (a sticker, a
/// photo) is a message without text, which the dialog asks to put into words; a postback (a quick-reply
/// or card button with data) is a message whose text is the data, so the dialog sees the choice; a
/// follow is a conversationUpdate, which the dialog greets. Everything else is no activity.
/// channelData carries the reply token, the event id and when it arrived.
/// </summary>
public static class LineInboundMapper
{
    public const string ChannelId = "line";

    public static Activity? ToActivity(LineWebhookEvent e, DateTimeOffset receivedAt)
    {
        using var document = JsonDocument.Parse(e.Json);
        var root = document.RootElement;
        Activity activity;
        string? messageType = null;
        switch (e.Type)
        {
            case "message":
                var message = LineWebhookEvent.Object(root, "message");
                messageType = message is { } m ? LineWebhookEvent.String(m, "type") : null;
                activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = messageType == "text" && message is { } t ? LineWebhookEvent.String(t, "text") ?? "" : "",
                };
                break;
            case "postback":
                var postback = LineWebhookEvent.Object(root, "postback");
                activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = postback is { } p ? LineWebhookEvent.String(p, "data") ?? "" : "",
                    Value = postback?.Clone(),
                };
                break;
            case "follow":
                activity = new Activity { Type = ActivityTypes.ConversationUpdate };
                break;
            default:
                return null;
        }
        return activity with
        {
            ChannelId = ChannelId,
            From = new ChannelAccount { Id = e.UserId, Role = "user" },
            Timestamp = e.Timestamp ?? receivedAt,
            ChannelData = JsonSerializer.SerializeToElement(new LineChannelData
            {
                ReplyToken = e.ReplyToken,
                WebhookEventId = e.WebhookEventId,
                ReceivedAt = receivedAt,
                MessageType = messageType,
                IsRedelivery = e.IsRedelivery ? true : null,
            }, ActivityJson.Options),
        };
    }

    /// <summary>The webhook event id an inbound activity came from, when it came from LINE.</summary>
    public static string? WebhookEventIdOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("webhookEventId", out var id)
            && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
