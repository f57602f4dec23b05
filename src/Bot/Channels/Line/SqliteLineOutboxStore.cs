using System.Text.Json;
using HelpBot.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Channels.Line;

/// <summary>The SQLite implementation of <see cref="ILineOutboxStore"/> (table <c>line_deliveries</c>).</summary>
public sealed class SqliteLineOutboxStore(SqliteDatabase database, LineWriteGate gate, TimeProvider clock) : ILineOutboxStore
{
    private const string Columns = """
        id, conversation_id, ordinal, reply_to_id, activity_ids, messages, message_count, reply_token, reply_received_at,
        status, method, attempts, last_error, created_at, updated_at, sent_at
        """;

    public async Task<int> AddAsync(string conversationId, IReadOnlyList<LineDelivery> deliveries, long plannedSeq, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        SqliteCommand Command(string sql)
        {
            var c = connection.CreateCommand();
            c.Transaction = transaction;
            c.CommandText = sql;
            c.Parameters.AddWithValue("$c", conversationId);
            return c;
        }

        await using (var ensure = Command("INSERT INTO line_conversations (conversation_id) VALUES ($c) ON CONFLICT (conversation_id) DO NOTHING"))
            await ensure.ExecuteNonQueryAsync(ct);
        long watermark;
        await using (var read = Command("SELECT delivered_seq FROM line_conversations WHERE conversation_id = $c"))
            watermark = (long)(await read.ExecuteScalarAsync(ct))!;

        var now = SqlTime.Format(clock.GetUtcNow());
        var inserted = 0;
        foreach (var d in deliveries)
        {
            if (d.Ordinal / 1000 <= watermark) continue; // planned before (another start, another node)
            string? token = null;
            string? tokenAt = null;
            if (d.ClaimsReplyToken && d.ReplyToId is { } replyTo)
            {
                // Read, then clear: RETURNING would give the cleared value. The write lock is held, so nobody else takes it between.
                // After a crash the turn may run before the inbox worker links the event to its activity: the event id finds it too.
                await using (var read = Command("SELECT reply_token, reply_received_at FROM line_inbox WHERE (activity_id = $a OR webhook_event_id = $e) AND reply_token IS NOT NULL"))
                {
                    read.Parameters.AddWithValue("$a", replyTo);
                    read.Parameters.AddWithValue("$e", (object?)d.ReplyToEventId ?? DBNull.Value);
                    await using var r = await read.ExecuteReaderAsync(ct);
                    if (await r.ReadAsync(ct))
                    {
                        token = r.GetString(0);
                        tokenAt = r.IsDBNull(1) ? null : r.GetString(1);
                    }
                }
                if (token is not null)
                {
                    await using var clear = Command("UPDATE line_inbox SET reply_token = NULL WHERE activity_id = $a OR webhook_event_id = $e");
                    clear.Parameters.AddWithValue("$a", replyTo);
                    clear.Parameters.AddWithValue("$e", (object?)d.ReplyToEventId ?? DBNull.Value);
                    await clear.ExecuteNonQueryAsync(ct);
                }
            }
            await using var insert = Command("""
                INSERT INTO line_deliveries (id, conversation_id, ordinal, reply_to_id, activity_ids, messages, message_count,
                    reply_token, reply_received_at, status, attempts, created_at, updated_at)
                VALUES ($id, $c, $ordinal, $replyTo, $activities, $messages, $count, $token, $tokenAt, 'pending', 0, $now, $now)
                ON CONFLICT (id) DO NOTHING
                """);
            insert.Parameters.AddWithValue("$id", d.Id);
            insert.Parameters.AddWithValue("$ordinal", d.Ordinal);
            insert.Parameters.AddWithValue("$replyTo", (object?)d.ReplyToId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$activities", JsonSerializer.Serialize(d.ActivityIds));
            insert.Parameters.AddWithValue("$messages", (object?)d.Messages ?? DBNull.Value);
            insert.Parameters.AddWithValue("$count", d.MessageCount);
            insert.Parameters.AddWithValue("$token", (object?)token ?? DBNull.Value);
            insert.Parameters.AddWithValue("$tokenAt", (object?)tokenAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$now", now);
            inserted += await insert.ExecuteNonQueryAsync(ct);
        }
        await using (var advance = Command("UPDATE line_conversations SET delivered_seq = MAX(delivered_seq, $seq) WHERE conversation_id = $c"))
        {
            advance.Parameters.AddWithValue("$seq", plannedSeq);
            await advance.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return inserted;
    }

    public Task<IReadOnlyList<LineDelivery>> PendingAsync(string conversationId, CancellationToken ct = default) =>
        QueryAsync($"SELECT {Columns} FROM line_deliveries WHERE conversation_id = $p AND status = 'pending' ORDER BY ordinal", conversationId, ct);

    public async Task<LineDelivery?> GetAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {Columns} FROM line_deliveries WHERE id = $p", id, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT conversation_id FROM line_deliveries WHERE status = 'pending'";
        var ids = new List<string>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        return ids;
    }

    public Task MarkSentAsync(string id, string method, CancellationToken ct = default) =>
        UpdateAsync(id, """
            UPDATE line_deliveries SET status = 'sent', method = $method, attempts = attempts + 1, sent_at = $now, updated_at = $now,
                messages = NULL, reply_token = NULL WHERE id = $id
            """, ct, ("$method", method));

    public Task MarkSkippedAsync(string id, string reason, CancellationToken ct = default) =>
        UpdateAsync(id, """
            UPDATE line_deliveries SET status = 'skipped', last_error = $error, updated_at = $now, messages = NULL, reply_token = NULL WHERE id = $id
            """, ct, ("$error", reason));

    public async Task<int> ForgetUndeliveredAsync(string conversationId, string reason, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE line_deliveries SET status = 'skipped', last_error = $error, updated_at = $now, messages = NULL, reply_token = NULL
            WHERE conversation_id = $c AND status IN ('pending', 'failed')
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$error", reason);
        command.Parameters.AddWithValue("$now", SqlTime.Format(clock.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> MarkAttemptFailedAsync(string id, string error, bool final, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE line_deliveries SET attempts = attempts + 1, last_error = $error, updated_at = $now,
                status = CASE WHEN $final = 1 THEN 'failed' ELSE status END
            WHERE id = $id RETURNING attempts
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$error", error.Length > 500 ? error[..500] : error);
        command.Parameters.AddWithValue("$now", SqlTime.Format(clock.GetUtcNow()));
        command.Parameters.AddWithValue("$final", final ? 1 : 0);
        return await command.ExecuteScalarAsync(ct) is long attempts ? (int)attempts : 0;
    }

    public Task DropReplyTokenAsync(string id, CancellationToken ct = default) =>
        UpdateAsync(id, "UPDATE line_deliveries SET reply_token = NULL, updated_at = $now WHERE id = $id", ct);

    public Task<IReadOnlyList<LineDeliveryView>> UndeliveredAsync(int limit = 200, CancellationToken ct = default) =>
        ViewsAsync($"WHERE status IN ('pending', 'failed') ORDER BY created_at, ordinal LIMIT {Math.Clamp(limit, 1, 10_000)}", null, ct);

    public Task<IReadOnlyList<LineDeliveryView>> ForConversationAsync(string conversationId, CancellationToken ct = default) =>
        ViewsAsync("WHERE conversation_id = $p ORDER BY ordinal", conversationId, ct);

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM line_deliveries WHERE status IN ('sent', 'skipped') AND updated_at < $before";
        command.Parameters.AddWithValue("$before", SqlTime.Format(before));
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task UpdateAsync(string id, string sql, CancellationToken ct, params (string Name, object Value)[] values)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", SqlTime.Format(clock.GetUtcNow()));
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<LineDeliveryView>> ViewsAsync(string where, string? parameter, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, conversation_id, status, attempts, last_error, message_count, reply_to_id, created_at, updated_at
            FROM line_deliveries {where}
            """;
        if (parameter is not null) command.Parameters.AddWithValue("$p", parameter);
        var list = new List<LineDeliveryView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new LineDeliveryView(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6), SqlTime.Parse(r.GetString(7)), SqlTime.Parse(r.GetString(8))));
        return list;
    }

    private async Task<IReadOnlyList<LineDelivery>> QueryAsync(string sql, string parameter, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        var list = new List<LineDelivery>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            list.Add(new LineDelivery
            {
                Id = r.GetString(0),
                ConversationId = r.GetString(1),
                Ordinal = r.GetInt64(2),
                ReplyToId = S(3),
                ActivityIds = JsonSerializer.Deserialize<List<string>>(r.GetString(4)) ?? [],
                Messages = S(5),
                MessageCount = r.GetInt32(6),
                ReplyToken = S(7),
                ReplyReceivedAt = S(8) is { } at ? SqlTime.Parse(at) : null,
                Status = r.GetString(9),
                Method = S(10),
                Attempts = r.GetInt32(11),
                LastError = S(12),
                CreatedAt = SqlTime.Parse(r.GetString(13)),
                UpdatedAt = SqlTime.Parse(r.GetString(14)),
                SentAt = S(15) is { } sent ? SqlTime.Parse(sent) : null,
            });
        }
        return list;
    }
}
