using HelpBot.Bot.Activities;
using HelpBot.Knowledge.Content;

namespace HelpBot.Bot.Dialogs;

/// <summary>
/// A counter as a hero card: name, phone as a tel: button with its label, hours when known, address and
/// map link. The verification date is not shown to residents: undated sources carry a placeholder date.
/// </summary>
public sealed class CounterCards(Messages messages)
{
    public Attachment Card(Counter c)
    {
        var lines = new List<string>();
        if (c.Hours is not null) lines.Add(messages.Get("card_hours", values: ("hours", c.Hours)));
        if (c.Address is not null) lines.Add(c.Address);
        var buttons = new List<CardAction>();
        if (c.Phone is not null) buttons.Add(CardAction.Call($"{messages.Get("card_call")} {c.Phone}", c.Phone));
        if (c.Address is not null) buttons.Add(CardAction.OpenUrl(messages.Get("card_map"), MapLink(c.Address)));
        if (c.Url is not null) buttons.Add(CardAction.OpenUrl(messages.Get("card_web"), c.Url));
        return new HeroCard
        {
            Title = c.Name,
            Subtitle = c.Phone is null ? null
                : c.PhoneLabel is null ? messages.Get("card_phone", values: ("phone", c.Phone))
                : messages.Get("card_phone_labeled", values: [("phone", c.Phone), ("label", c.PhoneLabel)]),
            Text = string.Join("\n", lines),
            Buttons = buttons,
        }.ToAttachment();
    }

    public Activity Cards(string text, IEnumerable<Counter> counters) => Activity.Message(text) with
    {
        Attachments = counters.Select(Card).ToList(),
        AttachmentLayout = "list",
    };

    /// <summary>A map search for the address, without the postal code the map does not need.</summary>
    public static string MapLink(string address)
    {
        var query = System.Text.RegularExpressions.Regex.Replace(address, @"〒\s?\d{3}-?\d{4}\s*", "");
        query = System.Text.RegularExpressions.Regex.Replace(query, @"（.*?）", "").Trim();
        return "https://www.google.com/maps/search/?api=1&query=" + Uri.EscapeDataString(query);
    }
}
