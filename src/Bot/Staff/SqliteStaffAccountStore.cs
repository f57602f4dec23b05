using HelpBot.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Staff;

public sealed class SqliteStaffAccountStore(SqliteDatabase database, TimeProvider clock) : IStaffAccountStore
{
    public async Task<bool> AddAsync(StaffAccount account, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO staff_accounts (login, password_hash, role, wards, kinds, disabled, created_at)
            VALUES ($login, $hash, $role, $wards, $kinds, 0, $now) ON CONFLICT (login) DO NOTHING
            """;
        command.Parameters.AddWithValue("$login", account.Login);
        command.Parameters.AddWithValue("$hash", account.PasswordHash);
        command.Parameters.AddWithValue("$role", account.Role);
        command.Parameters.AddWithValue("$wards", string.Join(',', account.Wards));
        command.Parameters.AddWithValue("$kinds", string.Join(',', account.Kinds));
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().UtcDateTime.ToString("O"));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<StaffAccount?> FindAsync(string login, CancellationToken ct = default) =>
        (await QueryAsync("WHERE login = $login", login, ct)).FirstOrDefault();

    public Task<IReadOnlyList<StaffAccount>> AllAsync(CancellationToken ct = default) => QueryAsync("ORDER BY login", null, ct);

    public async Task RecordFailureAsync(string login, int lockAfter, DateTimeOffset lockUntil, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE staff_accounts SET failed_logins = failed_logins + 1,
                locked_until = CASE WHEN failed_logins + 1 >= $lockAfter THEN $until ELSE locked_until END
            WHERE login = $login
            """;
        command.Parameters.AddWithValue("$login", login);
        command.Parameters.AddWithValue("$lockAfter", lockAfter);
        command.Parameters.AddWithValue("$until", lockUntil.UtcDateTime.ToString("O"));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task RecordSuccessAsync(string login, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE staff_accounts SET failed_logins = 0, locked_until = NULL WHERE login = $login";
        command.Parameters.AddWithValue("$login", login);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> SetDisabledAsync(string login, bool disabled, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE staff_accounts SET disabled = $d WHERE login = $login";
        command.Parameters.AddWithValue("$login", login);
        command.Parameters.AddWithValue("$d", disabled ? 1 : 0);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task<IReadOnlyList<StaffAccount>> QueryAsync(string clause, string? login, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT login, password_hash, role, wards, kinds, disabled, failed_logins, locked_until, created_at FROM staff_accounts " + clause;
        if (login is not null) command.Parameters.AddWithValue("$login", login);
        var list = new List<StaffAccount>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new StaffAccount
            {
                Login = r.GetString(0),
                PasswordHash = r.GetString(1),
                Role = r.GetString(2),
                Wards = Split(r.GetString(3)),
                Kinds = Split(r.GetString(4)),
                Disabled = r.GetInt64(5) != 0,
                FailedLogins = (int)r.GetInt64(6),
                LockedUntil = r.IsDBNull(7) ? null : DateTimeOffset.Parse(r.GetString(7)),
                CreatedAt = DateTimeOffset.Parse(r.GetString(8)),
            });
        }
        return list;
    }

    private static string[] Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
