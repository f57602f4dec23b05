namespace HelpBot.Bot.Dialogs;

/// <summary>Where the conversation is on its way to a person.</summary>
public enum HandoffStage
{
    None,
    /// <summary>The bot offered a person (after two いいえ or two unsure answers).</summary>
    Offered,
    /// <summary>The resident wants a person; the bot asked whether staff may read the conversation.</summary>
    AskingConsent,
    /// <summary>An escalation waits for staff.</summary>
    Waiting,
    /// <summary>A staff member holds the conversation; the bot is silent.</summary>
    WithStaff,
}
