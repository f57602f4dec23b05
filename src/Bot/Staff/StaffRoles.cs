namespace HelpBot.Bot.Staff;

public static class StaffRoles
{
    public const string Staff = "staff";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Staff, Editor, Admin];

    public static bool IsValid(string role) => All.Contains(role);
}
