using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Editors;

public sealed class SqliteUnansweredStore(SqliteDatabase database, TimeProvider clock) : IUnansweredStore
{
    public async Task RecordAsync(string reason, string? kind, double? confidence, string maskedText, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO unanswered (at, reason, kind, confidence, text) VALUES ($at, $reason, $kind, $confidence, $text)";
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().UtcDateTime.ToString("O"));
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$confidence", (object?)confidence ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", maskedText);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> SinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, reason, kind, confidence, text FROM unanswered WHERE at >= $since ORDER BY id DESC LIMIT 5000";
        command.Parameters.AddWithValue("$since", since.UtcDateTime.ToString("O"));
        var list = new List<UnansweredQuestion>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new UnansweredQuestion(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1)), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetDouble(4), r.GetString(5)));
        return list;
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM unanswered WHERE at < $before";
        command.Parameters.AddWithValue("$before", before.UtcDateTime.ToString("O"));
        return await command.ExecuteNonQueryAsync(ct);
    }
}
