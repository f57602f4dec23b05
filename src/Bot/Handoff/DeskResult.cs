namespace HelpBot.Bot.Handoff;

/// <summary>What a staff action came to, mapped to HTTP by the API.</summary>
public enum DeskResult
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    BadRequest,
}
