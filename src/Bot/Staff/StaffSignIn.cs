using Microsoft.AspNetCore.Identity;

namespace HelpBot.Bot.Staff;

/// <summary>Checks a login and password with ASP.NET Core Identity's password hasher, counting failures toward a lockout.</summary>
public sealed class StaffSignIn(IStaffAccountStore accounts, IAuditLog audit, StaffAuthOptions options, TimeProvider clock)
{
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public async Task<SignInResult> CheckAsync(string login, string password, CancellationToken ct = default)
    {
        var account = await accounts.FindAsync(login, ct);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            // Same work as a real check, so timing does not tell which logins exist.
            Hasher.VerifyHashedPassword(null!, Hash("x"), password);
            await audit.RecordAsync(login, AuditActions.SignInFailed, detail: "unknown login", ct: ct);
            return new SignInResult(SignInOutcome.Invalid);
        }
        if (account.LockedUntil is { } until && until > now) return new SignInResult(SignInOutcome.Locked, LockedUntil: until);
        if (account.Disabled) return new SignInResult(SignInOutcome.Disabled);
        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await accounts.RecordFailureAsync(login, options.LockoutAttempts, now + options.LockoutFor, ct);
            await audit.RecordAsync(login, AuditActions.SignInFailed, ct: ct);
            var after = await accounts.FindAsync(login, ct);
            return after?.LockedUntil is { } locked && locked > now
                ? new SignInResult(SignInOutcome.Locked, LockedUntil: locked)
                : new SignInResult(SignInOutcome.Invalid);
        }
        await accounts.RecordSuccessAsync(login, ct);
        await audit.RecordAsync(login, AuditActions.SignIn, ct: ct);
        return new SignInResult(SignInOutcome.Success, account);
    }
}
