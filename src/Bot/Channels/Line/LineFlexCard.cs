using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// A hero card (the counter card of <c>Dialogs/CounterCards</c>) as a LINE flex bubble: the name in bold,
/// the phone line, the card's text (hours, address, date of the information) in the body; its buttons
/// in the footer — the phone as a tel: uri action first, then the map link and the web page.
/// </summary>
public static class LineFlexCard
{
    public const int MaxAltText = 400;
    public const int MaxBubbles = 12;
    private const int MaxButtons = 4;

    public static JsonObject Bubble(HeroCard card)
    {
        var body = new JsonArray();
        if (card.Title is { Length: > 0 } title) body.Add(Text(title, "md", bold: true));
        if (card.Subtitle is { Length: > 0 } subtitle) body.Add(Text(subtitle, "sm", color: "#333333"));
        foreach (var line in (card.Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            body.Add(Text(line, "xs", color: "#666666"));
        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "sm", ["contents"] = body },
        };
        var buttons = new JsonArray();
        foreach (var action in card.Buttons)
        {
            if (buttons.Count == MaxButtons) break;
            if (LineActions.From(action) is not { } lineAction) continue;
            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["style"] = action.Type == CardActionTypes.Call ? "primary" : "link",
                ["height"] = "sm",
                ["action"] = lineAction,
            });
        }
        if (buttons.Count > 0)
            bubble["footer"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "sm", ["contents"] = buttons };
        return bubble;
    }

    /// <summary>One flex message for up to 12 cards: a bubble for one, a carousel for more.</summary>
    public static JsonObject Message(IReadOnlyList<HeroCard> cards)
    {
        var contents = cards.Count == 1
            ? Bubble(cards[0])
            : new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray(cards.Select(c => (JsonNode)Bubble(c)).ToArray()) };
        return new JsonObject { ["type"] = "flex", ["altText"] = AltText(cards), ["contents"] = contents };
    }

    /// <summary>What a phone shows in the notification and chat list: the counters' names and phone lines.</summary>
    public static string AltText(IReadOnlyList<HeroCard> cards)
    {
        var text = string.Join("\n", cards.Select(c => string.Join(" ", new[] { c.Title, c.Subtitle }.Where(s => !string.IsNullOrEmpty(s)))));
        return LineText.Clip(text.Length > 0 ? text : "-", MaxAltText);
    }

    private static JsonObject Text(string text, string size, bool bold = false, string? color = null)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text, ["size"] = size, ["wrap"] = true };
        if (bold) node["weight"] = "bold";
        if (color is not null) node["color"] = color;
        return node;
    }
}
