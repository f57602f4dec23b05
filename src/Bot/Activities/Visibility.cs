namespace HelpBot.Bot.Activities;

/// <summary>
/// Who may see an activity. Internal activities (handoff events, staff notes, routing details) are
/// stored with the transcript but never served on Direct Line or sent to LINE.
/// </summary>
public enum Visibility
{
    Resident,
    Internal,
}
