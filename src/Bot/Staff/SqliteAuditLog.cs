using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Staff;

public sealed class SqliteAuditLog(SqliteDatabase database, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(string login, string action, string? escalationId = null, string? conversationId = null, string? detail = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO audit_log (at, login, action, escalation_id, conversation_id, detail) VALUES ($at, $login, $action, $e, $c, $d)";
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().UtcDateTime.ToString("O"));
        command.Parameters.AddWithValue("$login", login);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$e", (object?)escalationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$c", (object?)conversationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$d", (object?)detail ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit = 500, string? escalationId = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, login, action, escalation_id, conversation_id, detail FROM audit_log "
            + (escalationId is null ? "" : "WHERE escalation_id = $e ") + "ORDER BY id DESC LIMIT $limit";
        if (escalationId is not null) command.Parameters.AddWithValue("$e", escalationId);
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<AuditEntry>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new AuditEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1)), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        return list;
    }
}
