namespace HelpBot.Bot.Staff;

public static class AuditActions
{
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string SignOut = "sign_out";
    public const string View = "view";
    public const string Claim = "claim";
    public const string Reply = "reply";
    public const string Note = "note";
    public const string Transfer = "transfer";
    public const string Close = "close";
    public const string DisableAccount = "disable_account";
    public const string EnableAccount = "enable_account";
}
