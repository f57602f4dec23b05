using System.Text.Json;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Turns a posted JSON activity into what the transcript stores: the types a client may send, text
/// within the limit, no attachments (files are not accepted); the channel sets id, timestamp,
/// channel, conversation, recipient and the sender (the token's user, role "user"). Everything else —
/// channelData with Web Chat's clientActivityID, entities, locale, unknown fields — is kept as sent.
/// </summary>
public static class InboundActivities
{
    /// <summary>The types a Direct Line client may post (typing is accepted and dropped: it is never stored).</summary>
    public static readonly IReadOnlySet<string> Accepted = new HashSet<string>(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.EndOfConversation, ActivityTypes.Typing,
    };

    public const int MaxIdLength = 256;

    public static (Activity? Activity, IResult? Error) From(JsonElement json, string conversationId, DirectLineCaller caller, int maxTextLength)
    {
        if (!json.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String || typeElement.GetString() is not { Length: > 0 } type)
            return (null, DirectLineErrors.Bad("The activity needs a type."));
        if (!Accepted.Contains(type)) return (null, DirectLineErrors.Bad($"Activities of this type are not accepted: {Truncate(type, 40)}."));

        Activity? posted;
        try
        {
            posted = json.Deserialize<Activity>(ActivityJson.Options);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Bad("The activity does not follow the Activity schema."));
        }
        catch (InvalidOperationException)
        {
            return (null, DirectLineErrors.Bad("The activity does not follow the Activity schema."));
        }
        if (posted is null) return (null, DirectLineErrors.Bad("The activity does not follow the Activity schema."));
        if (posted.Text is { } text && text.Length > maxTextLength)
            return (null, DirectLineErrors.Bad($"The text is longer than {maxTextLength} characters."));
        if (posted.Attachments is { Count: > 0 }) return (null, DirectLineErrors.Bad("Attachments and files are not accepted."));
        if (type == ActivityTypes.Event && posted.Name is not { Length: > 0 and <= MaxIdLength })
            return (null, DirectLineErrors.Bad("An event needs a name."));

        var userId = caller.Token?.UserId ?? posted.From?.Id ?? "user";
        if (userId.Length > MaxIdLength) return (null, DirectLineErrors.Bad("from.id is too long."));
        return (posted with
        {
            Id = null,
            Timestamp = null,
            ChannelId = DirectLineConversations.Channel,
            From = new ChannelAccount { Id = userId, Name = posted.From?.Name is { Length: <= MaxIdLength } name ? name : null, Role = "user" },
            Recipient = TurnContext.BotAccount,
            Conversation = new ConversationAccount { Id = conversationId },
            Visibility = Visibility.Resident,
        }, null);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
