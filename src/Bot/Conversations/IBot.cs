namespace HelpBot.Bot.Conversations;

/// <summary>What answers a turn once the middleware has run: the help dialog.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken ct);
}
