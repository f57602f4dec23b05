namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// How a LINE API call ended, after the HTTP retries: the status (0 when no answer came) and LINE's
/// error message. Never holds the request, which carries a resident's words.
/// </summary>
public sealed record LineApiResult(int Status, string? Error)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>A push whose retry key LINE accepted before: the messages went out once already.</summary>
    public bool IsAlreadyAccepted => Status == 409;

    /// <summary>
    /// Worth trying again later: no answer, a timeout, 429 or a server error — and 401, a wrong or expired
    /// access token, which an operator can put right while the delivery waits.
    /// </summary>
    public bool IsTransient => Status is 0 or 401 or 408 or 429 or >= 500;

    /// <summary>The reply token is spent, expired or unknown; a push must carry the messages instead.</summary>
    public bool IsInvalidReplyToken => Status == 400 && Error is { } e && e.Contains("reply token", StringComparison.OrdinalIgnoreCase);

    public string Describe() => Status == 0 ? $"no answer: {Error}" : $"HTTP {Status}: {Error}";
}
