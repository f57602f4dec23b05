using HelpBot.Bot.Activities;
using HelpBot.Bot.Dialogs;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Safety;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// Safety first, on every message, whatever state the dialog is in (even while a person holds the
/// conversation): an emergency or crisis phrase gets the numbers to call before anything else, and
/// an urgent escalation to staff. The dialog then only records what happened.
/// </summary>
public sealed class SafetyMiddleware(Messages messages, CounterCards cards, ILogger<SafetyMiddleware> logger) : ITurnMiddleware
{
    public const string MatchesItem = "safety";

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken ct)
    {
        var text = turn.Inbound.Activity.IsMessage ? turn.Text : null;
        var matches = turn.Knowledge.Safety.Detect(text);
        if (matches.Count > 0)
        {
            turn.Items[MatchesItem] = matches;
            Respond(turn, matches, text ?? "");
            logger.LogWarning("Safety rule {Rule} fired ({Urgency}); urgent escalation made", matches[0].Rule.Id, matches[0].Urgency.ToName());
        }
        await next();
    }

    private void Respond(TurnContext turn, IReadOnlyList<SafetyMatch> matches, string text)
    {
        var lang = LanguageDetector.Detect(text);
        var first = matches[0];
        var counters = matches.SelectMany(m => m.Rule.Counters).Distinct()
            .Select(turn.Knowledge.Counters.Find).OfType<Counter>().ToList();
        var intro = messages.Get(first.Urgency == Urgency.Emergency ? "emergency_now" : "crisis_now", lang);
        turn.Send(cards.Cards(intro, counters));
        turn.Send(Activity.Message(messages.Get("emergency_staff", lang)));
        // Always a new urgent escalation, even if one waits already: staff must see the emergency now.
        var state = DialogState.From(turn.State);
        Escalations.Start(turn, RoutingKind.Emergency.ToName(), first.Urgency, consent: false,
            state.Ward, topic: $"緊急: {first.Rule.Id}", reason: $"「{first.Matched}」（{first.Rule.Id}）", counters.FirstOrDefault()?.Id);
        turn.Handled = true;
    }
}
