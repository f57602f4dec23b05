namespace HelpBot.Bot.Storage;

/// <summary>The SQLite implementation of <see cref="IEscalationStore"/>.</summary>
public sealed class SqliteEscalationStore(SqliteDatabase database) : IEscalationStore
{
    public async Task<EscalationRecord?> GetAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync("id = $p", id, ct)).FirstOrDefault();

    public Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, CancellationToken ct = default) =>
        QueryAsync("conversation_id = $p", conversationId, ct);

    public Task<IReadOnlyList<EscalationRecord>> OpenAsync(CancellationToken ct = default) =>
        QueryAsync("status <> $p", EscalationStatus.Closed, ct);

    public Task<IReadOnlyList<EscalationRecord>> ClosedSinceAsync(DateTimeOffset since, CancellationToken ct = default) =>
        QueryAsync("status = 'closed' AND closed_at >= $p", since.UtcDateTime.ToString("O"), ct);

    public Task<bool> ClaimAsync(string id, string login, DateTimeOffset at, CancellationToken ct = default) =>
        UpdateAsync(
            "UPDATE escalations SET status = 'claimed', claimed_by = $login, claimed_at = $at, updated_at = $at WHERE id = $id AND status = 'waiting'",
            id, at, ct, ("$login", login));

    public Task<bool> TransferAsync(string id, string? ward, string kind, DateTimeOffset at, CancellationToken ct = default) =>
        UpdateAsync(
            "UPDATE escalations SET status = 'waiting', claimed_by = NULL, claimed_at = NULL, ward = $ward, kind = $kind, updated_at = $at, alerted_at = NULL "
            + "WHERE id = $id AND status <> 'closed'",
            id, at, ct, ("$ward", ward), ("$kind", kind));

    public Task<bool> CloseAsync(string id, string outcome, DateTimeOffset at, CancellationToken ct = default) =>
        UpdateAsync(
            "UPDATE escalations SET status = 'closed', outcome = $outcome, closed_at = $at, updated_at = $at WHERE id = $id AND status <> 'closed'",
            id, at, ct, ("$outcome", outcome));

    public Task<bool> MarkAlertedAsync(string id, DateTimeOffset at, CancellationToken ct = default) =>
        UpdateAsync("UPDATE escalations SET alerted_at = $at WHERE id = $id AND alerted_at IS NULL", id, at, ct);

    private async Task<bool> UpdateAsync(string sql, string id, DateTimeOffset at, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O"));
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        // One UPDATE with its condition is atomic in SQLite: of two concurrent claims, only one changes the row.
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task<IReadOnlyList<EscalationRecord>> QueryAsync(string where, string parameter, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM escalations WHERE {where} ORDER BY created_at";
        command.Parameters.AddWithValue("$p", parameter);
        var list = new List<EscalationRecord>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(SqliteEscalationMapper.Read(r));
        return list;
    }
}
