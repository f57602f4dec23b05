namespace HelpBot.Bot.Staff;

public static class StaffPolicies
{
    public const string Staff = "staff";
    public const string Editor = "editor";
    public const string Admin = "admin";
    public const string Scheme = "HelpBot.Staff";
}
