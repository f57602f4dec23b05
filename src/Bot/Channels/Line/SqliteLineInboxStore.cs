using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.Line;

/// <summary>The SQLite implementation of <see cref="ILineInboxStore"/> (table <c>line_inbox</c>).</summary>
public sealed class SqliteLineInboxStore(SqliteDatabase database, LineWriteGate gate, TimeProvider clock) : ILineInboxStore
{
    public async Task<int> AddAsync(IReadOnlyList<(LineWebhookEvent Event, DateTimeOffset ReceivedAt)> events, CancellationToken ct = default)
    {
        if (events.Count == 0) return 0;
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO line_inbox (webhook_event_id, type, user_id, json, received_at, reply_token, reply_received_at)
            VALUES ($event, $type, $user, $json, $received, $token, $tokenAt)
            ON CONFLICT (webhook_event_id) DO NOTHING
            """;
        var eventId = insert.Parameters.Add("$event", Microsoft.Data.Sqlite.SqliteType.Text);
        var type = insert.Parameters.Add("$type", Microsoft.Data.Sqlite.SqliteType.Text);
        var user = insert.Parameters.Add("$user", Microsoft.Data.Sqlite.SqliteType.Text);
        var json = insert.Parameters.Add("$json", Microsoft.Data.Sqlite.SqliteType.Text);
        var token = insert.Parameters.Add("$token", Microsoft.Data.Sqlite.SqliteType.Text);
        var tokenAt = insert.Parameters.Add("$tokenAt", Microsoft.Data.Sqlite.SqliteType.Text);
        var received = insert.Parameters.Add("$received", Microsoft.Data.Sqlite.SqliteType.Text);
        var added = 0;
        foreach (var (e, receivedAt) in events)
        {
            received.Value = SqlTime.Format(receivedAt);
            eventId.Value = e.WebhookEventId;
            type.Value = e.Type;
            user.Value = (object?)e.UserId ?? DBNull.Value;
            json.Value = e.Json;
            token.Value = (object?)e.ReplyToken ?? DBNull.Value;
            // A redelivered event's token is as old as the event: age it from when LINE made the event.
            tokenAt.Value = SqlTime.Format(e.IsRedelivery && e.Timestamp is { } t && t < receivedAt ? t : receivedAt);
            added += await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<LineInboxItem>> PendingAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json, received_at FROM line_inbox WHERE processed_at IS NULL ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var items = new List<LineInboxItem>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            items.Add(new LineInboxItem(r.GetInt64(0), LineWebhookEvent.Parse(r.GetString(1)), SqlTime.Parse(r.GetString(2))));
        return items;
    }

    public async Task<long> LastIdAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM line_inbox";
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task MarkProcessedAsync(long id, string outcome, string? conversationId, string? activityId, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE line_inbox SET processed_at = $now, outcome = $outcome, conversation_id = $c, activity_id = $a,
                json = NULL, user_id = NULL, reply_token = CASE WHEN $a IS NULL THEN NULL ELSE reply_token END
            WHERE id = $id
            """;
        command.Parameters.AddWithValue("$now", SqlTime.Format(clock.GetUtcNow()));
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$c", (object?)conversationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$a", (object?)activityId ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM line_inbox WHERE processed_at IS NOT NULL AND processed_at < $before";
        command.Parameters.AddWithValue("$before", SqlTime.Format(before));
        return await command.ExecuteNonQueryAsync(ct);
    }
}
