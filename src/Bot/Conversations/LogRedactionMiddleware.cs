using HelpBot.Bot.Privacy;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// What a turn may put in the logs: the activity's type and size and the user as a keyed HMAC. Never
/// the text, not even masked: a worry with nothing to mask would otherwise appear whole.
/// </summary>
public sealed class LogRedactionMiddleware(IdentifierHasher hasher, ILogger<LogRedactionMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken ct)
    {
        var activity = turn.Inbound.Activity;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["User"] = hasher.Hash(activity.From?.Id),
            ["Channel"] = turn.Conversation.Channel,
        });
        logger.LogInformation("Inbound {Type} of {Length} characters", activity.Type, activity.Text?.Length ?? 0);
        await next();
    }
}
