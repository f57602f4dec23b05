using System.Security.Claims;

namespace HelpBot.Bot.Staff;

/// <summary>The signed-in account, read fresh so a disabled account stops working at once.</summary>
public sealed class CurrentStaff(IStaffAccountStore accounts)
{
    public async Task<StaffAccount?> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var account = await accounts.FindAsync(StaffClaims.Login(user), ct);
        return account is { Disabled: false } ? account : null;
    }
}
