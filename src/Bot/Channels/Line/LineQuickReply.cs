using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.Line;

/// <summary>Suggested actions as a LINE quick reply: at most 13 buttons; the ones LINE cannot show are left out.</summary>
public static class LineQuickReply
{
    public const int MaxItems = 13;

    public static JsonObject? From(SuggestedActions? suggested)
    {
        if (suggested is null) return null;
        var items = new JsonArray();
        foreach (var action in suggested.Actions)
        {
            if (items.Count == MaxItems) break;
            if (LineActions.From(action) is { } lineAction) items.Add(new JsonObject { ["type"] = "action", ["action"] = lineAction });
        }
        return items.Count == 0 ? null : new JsonObject { ["items"] = items };
    }
}
