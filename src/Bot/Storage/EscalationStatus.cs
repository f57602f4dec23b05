namespace HelpBot.Bot.Storage;

public static class EscalationStatus
{
    public const string Waiting = "waiting";
    public const string Claimed = "claimed";
    public const string Closed = "closed";
}
