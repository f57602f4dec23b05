namespace HelpBot.Bot.Staff;

public interface IStaffAccountStore
{
    /// <returns>False when the login exists already.</returns>
    Task<bool> AddAsync(StaffAccount account, CancellationToken ct = default);

    Task<StaffAccount?> FindAsync(string login, CancellationToken ct = default);

    Task<IReadOnlyList<StaffAccount>> AllAsync(CancellationToken ct = default);

    Task RecordFailureAsync(string login, int lockAfter, DateTimeOffset lockUntil, CancellationToken ct = default);

    Task RecordSuccessAsync(string login, CancellationToken ct = default);

    Task<bool> SetDisabledAsync(string login, bool disabled, CancellationToken ct = default);
}
