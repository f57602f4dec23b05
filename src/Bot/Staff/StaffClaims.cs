using System.Security.Claims;

namespace HelpBot.Bot.Staff;

/// <summary>The signed-in member as claims, and back.</summary>
public static class StaffClaims
{
    public const string Wards = "helpbot:wards";
    public const string Kinds = "helpbot:kinds";

    public static ClaimsPrincipal Principal(StaffAccount account) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, account.Login),
        new Claim(ClaimTypes.Role, account.Role),
        new Claim(Wards, string.Join(',', account.Wards)),
        new Claim(Kinds, string.Join(',', account.Kinds)),
    ], StaffPolicies.Scheme));

    public static string Login(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("not signed in");
}
