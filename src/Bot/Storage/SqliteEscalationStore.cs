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
