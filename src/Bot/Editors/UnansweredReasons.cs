namespace HelpBot.Bot.Editors;

public static class UnansweredReasons
{
    public const string LowConfidence = "low_confidence";
    public const string OutOfScope = "out_of_scope";
    public const string NotHelpful = "not_helpful";
}
