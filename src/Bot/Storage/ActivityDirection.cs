namespace HelpBot.Bot.Storage;

public enum ActivityDirection
{
    /// <summary>From the resident (or a staff member writing to them): a turn must process it.</summary>
    Inbound,
    /// <summary>To the resident, or internal (handoff events, notes).</summary>
    Outbound,
}
