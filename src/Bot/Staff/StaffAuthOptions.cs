namespace HelpBot.Bot.Staff;

/// <summary>Sign-in rules (<c>Staff:*</c>): lockout after repeated failures, idle timeout.</summary>
public sealed record StaffAuthOptions(int LockoutAttempts, TimeSpan LockoutFor, TimeSpan IdleTimeout)
{
    public static StaffAuthOptions From(IConfiguration configuration) => new(
        int.TryParse(configuration["Staff:LockoutAttempts"], out var a) && a > 0 ? a : 5,
        TimeSpan.FromMinutes(int.TryParse(configuration["Staff:LockoutMinutes"], out var m) && m > 0 ? m : 15),
        TimeSpan.FromMinutes(int.TryParse(configuration["Staff:IdleMinutes"], out var i) && i > 0 ? i : 30));
}
