using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Dialogs;

/// <summary>The quick-reply sets the dialog offers.</summary>
public sealed class QuickReplies(Messages messages)
{
    public SuggestedActions Topics() => new() { Actions = messages.Topics.Select(t => CardAction.ImBack(t.Label)).ToList() };

    public SuggestedActions YesNo() => new() { Actions = [CardAction.ImBack(messages.Get("yes")), CardAction.ImBack(messages.Get("no"))] };

    public SuggestedActions Wards(IEnumerable<string>? only = null) => new()
    {
        Actions = (only ?? HelpBot.Knowledge.Counters.Wards.All).Select(w => CardAction.ImBack(w)).Append(CardAction.ImBack(messages.Get("dont_know"))).ToList(),
    };
}
