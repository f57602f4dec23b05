namespace HelpBot.Bot.Conversations;

/// <summary>A step every turn goes through before (and around) the dialog.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken ct);
}
