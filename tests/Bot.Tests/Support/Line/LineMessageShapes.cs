using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Support.Line;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>
/// What LINE accepts, checked on every recorded request: 1–5 messages; text non-empty and at most 5,000
/// characters; flex with altText and a bubble or carousel (≤12 bubbles) of boxes, texts and buttons;
/// actions of known types with labels ≤20, message text and postback data ≤300, http(s) or tel: uris
/// ≤1,000; a quick reply of at most 13 action items, only on the last message; sender names ≤20; a
/// push with a user id and a UUID retry key; a reply with a token.
/// </summary>
public static class LineMessageShapes
{
    public static IReadOnlyList<string> Problems(LineCall call)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok) problems.Add($"{call.Path}: {problem}");
        }

        if (call.IsLoading)
        {
            var seconds = call.Json["loadingSeconds"]?.GetValue<int>() ?? 0;
            Check(call.Json["chatId"]?.GetValue<string>() is { Length: 33 } id && id.StartsWith('U'), "loading chatId is not a user id");
            Check(seconds is >= 5 and <= 60 && seconds % 5 == 0, $"loadingSeconds {seconds}");
            return problems;
        }
        if (call.IsReply) Check(call.ReplyToken is { Length: > 0 }, "reply without a token");
        if (call.IsPush)
        {
            Check(call.To is { Length: 33 } to && to.StartsWith('U'), "push without a user id");
            Check(Guid.TryParseExact(call.RetryKey ?? "", "D", out _), "push without a UUID X-Line-Retry-Key");
        }
        var messages = call.Messages;
        Check(messages.Count is >= 1 and <= 5, $"{messages.Count} messages");
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject m)
            {
                Check(false, "a message is not an object");
                continue;
            }
            var type = Str(m, "type");
            switch (type)
            {
                case "text":
                    Check(Str(m, "text") is { Length: > 0 and <= 5000 } t && t.Trim().Length > 0, "text empty or over 5,000");
                    break;
                case "flex":
                    Check(Str(m, "altText") is { Length: > 0 and <= 400 }, "flex altText empty or too long");
                    Container(m["contents"] as JsonObject, Check);
                    break;
                default:
                    Check(false, $"unexpected message type {type}");
                    break;
            }
            if (m["quickReply"] is JsonObject quick)
            {
                Check(i == messages.Count - 1, "quick reply not on the last message");
                var items = quick["items"] as JsonArray ?? [];
                Check(items.Count is >= 1 and <= 13, $"{items.Count} quick reply items");
                foreach (var item in items.OfType<JsonObject>())
                {
                    Check(Str(item, "type") == "action", "quick reply item type is not action");
                    Action(item["action"] as JsonObject, Check);
                }
            }
            if (m["sender"] is JsonObject sender) Check(Str(sender, "name") is { Length: > 0 and <= 20 }, "sender name empty or over 20");
        }
        return problems;
    }

    private static void Container(JsonObject? c, Action<bool, string> check)
    {
        switch (c is null ? null : Str(c, "type"))
        {
            case "bubble":
                Bubble(c!, check);
                break;
            case "carousel":
                var bubbles = c!["contents"] as JsonArray ?? [];
                check(bubbles.Count is >= 1 and <= 12, $"carousel of {bubbles.Count}");
                foreach (var b in bubbles.OfType<JsonObject>())
                {
                    check(Str(b, "type") == "bubble", "carousel holds a non-bubble");
                    Bubble(b, check);
                }
                break;
            default:
                check(false, "flex contents is neither bubble nor carousel");
                break;
        }
    }

    private static void Bubble(JsonObject bubble, Action<bool, string> check)
    {
        foreach (var block in new[] { "header", "body", "footer" })
            if (bubble[block] is JsonObject box) Component(box, check);
        check(bubble["body"] is JsonObject, "bubble without body");
    }

    private static void Component(JsonObject c, Action<bool, string> check)
    {
        switch (Str(c, "type"))
        {
            case "box":
                check(Str(c, "layout") is "vertical" or "horizontal" or "baseline", "box without layout");
                check(c["contents"] is JsonArray, "box without contents");
                foreach (var child in (c["contents"] as JsonArray ?? []).OfType<JsonObject>()) Component(child, check);
                break;
            case "text":
                check(Str(c, "text") is { Length: > 0 }, "empty flex text");
                break;
            case "button":
                Action(c["action"] as JsonObject, check);
                break;
            case "separator" or "filler" or "image" or "icon" or "span":
                break;
            default:
                check(false, $"unknown flex component {Str(c, "type")}");
                break;
        }
    }

    private static void Action(JsonObject? a, Action<bool, string> check)
    {
        if (a is null)
        {
            check(false, "missing action");
            return;
        }
        check(Str(a, "label") is { Length: > 0 and <= 20 }, $"action label '{Str(a, "label")}' empty or over 20");
        switch (Str(a, "type"))
        {
            case "message":
                check(Str(a, "text") is { Length: > 0 and <= 300 }, "message action text empty or over 300");
                break;
            case "postback":
                check(Str(a, "data") is { Length: <= 300 }, "postback data over 300");
                break;
            case "uri":
                var uri = Str(a, "uri") ?? "";
                check(uri.Length <= 1000 && (uri.StartsWith("https://") || uri.StartsWith("http://") || uri.StartsWith("tel:")), $"uri '{uri}'");
                if (uri.StartsWith("tel:")) check(uri.Length > 4 && uri[4..].All(ch => char.IsAsciiDigit(ch) || ch == '%'), $"tel uri '{uri}'");
                break;
            default:
                check(false, $"unexpected action type {Str(a, "type")}");
                break;
        }
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
