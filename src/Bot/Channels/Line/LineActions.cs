using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Card actions as LINE action objects: imBack is a message action (the resident's chat shows and sends
/// the text), postBack a postback action (data at most 300 characters, the title shown; longer data
/// falls back to sending the title as a message), openUrl and call uri actions (call as tel:).
/// Labels are cut to LINE's 20 characters.
/// </summary>
public static class LineActions
{
    public const int MaxLabel = 20;
    public const int MaxData = 300;
    public const int MaxText = 300;
    public const int MaxUri = 1000;

    public static JsonObject? From(CardAction action)
    {
        var value = action.StringValue ?? (action.Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } v ? v.GetRawText() : null);
        var title = action.Title ?? action.DisplayText ?? value;
        if (string.IsNullOrWhiteSpace(title)) return null;
        var label = LineText.Clip(title, MaxLabel);
        switch (action.Type)
        {
            case CardActionTypes.ImBack:
                return Message(label, value ?? title);
            case CardActionTypes.PostBack:
            case CardActionTypes.MessageBack:
                var data = action.Type == CardActionTypes.MessageBack ? action.Text ?? value : value;
                if (string.IsNullOrEmpty(data) || data.Length > MaxData) return Message(label, title);
                return new JsonObject
                {
                    ["type"] = "postback",
                    ["label"] = label,
                    ["data"] = data,
                    ["displayText"] = LineText.Clip(action.DisplayText ?? title, MaxText),
                };
            case CardActionTypes.OpenUrl:
            case CardActionTypes.Call:
                if (value is null || value.Length > MaxUri) return null;
                if (!value.StartsWith("https://", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal)
                    && !value.StartsWith("tel:", StringComparison.Ordinal)) return null;
                return new JsonObject { ["type"] = "uri", ["label"] = label, ["uri"] = value };
            default:
                return null;
        }
    }

    private static JsonObject Message(string label, string text) =>
        new() { ["type"] = "message", ["label"] = label, ["text"] = LineText.Clip(text, MaxText) };
}
