namespace HelpBot.Bot.Staff;

/// <summary>A staff, editor or admin account. Empty <see cref="Wards"/> or <see cref="Kinds"/> means no limit.</summary>
public sealed record StaffAccount
{
    public required string Login { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }
    public IReadOnlyList<string> Wards { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public bool Disabled { get; init; }
    public int FailedLogins { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
