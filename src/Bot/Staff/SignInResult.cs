namespace HelpBot.Bot.Staff;

public enum SignInOutcome
{
    Success,
    Invalid,
    Locked,
    Disabled,
}

public sealed record SignInResult(SignInOutcome Outcome, StaffAccount? Account = null, DateTimeOffset? LockedUntil = null);
