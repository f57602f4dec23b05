namespace HelpBot.Bot.Channels.Line;

/// <summary>What the inbox worker did with an event (kept on the inbox row for operators).</summary>
public static class LineInboxOutcome
{
    public const string Appended = "appended";
    public const string Unfollowed = "unfollowed";
    public const string Standby = "standby";
    public const string Ignored = "ignored";
}
