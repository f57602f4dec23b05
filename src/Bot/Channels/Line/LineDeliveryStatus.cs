namespace HelpBot.Bot.Channels.Line;

public static class LineDeliveryStatus
{
    /// <summary>Decided, not yet accepted by LINE; sent (again) at start and after each failure's pause.</summary>
    public const string Pending = "pending";
    public const string Sent = "sent";
    /// <summary>LINE refused it, or every attempt failed: it stays for operators to see.</summary>
    public const string Failed = "failed";
    /// <summary>Not sent on purpose (the resident unfollowed).</summary>
    public const string Skipped = "skipped";
}
