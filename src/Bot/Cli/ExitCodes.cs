namespace HelpBot.Bot.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The work failed: content has errors, nothing was published.</summary>
    public const int Failed = 1;
    /// <summary>The input was bad: a wrong option, an unparsable file line.</summary>
    public const int BadInput = 2;
}
