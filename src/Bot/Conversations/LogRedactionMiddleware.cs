using HelpBot.Bot.Privacy;
using HelpBot.Knowledge.Privacy;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// What a turn may put in the logs: the activity's type and size, the user as a keyed HMAC, and —
/// only at Debug level — the text with phone numbers, addresses, long numbers and names masked.
/// Nothing a resident wrote reaches the logs in clear.
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
        if (logger.IsEnabled(LogLevel.Debug) && activity.Text is { } text)
            logger.LogDebug("Inbound text (masked): {Text}", Redactor.Redact(text));
        await next();
    }
}
