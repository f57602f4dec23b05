using HelpBot.Bot.Activities;
using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Storage;

/// <summary>The SQLite implementation of <see cref="IConversationStore"/>.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock) : IConversationStore
{
    public async Task<ConversationRecord> EnsureAsync(string id, string channel, string? userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // Most calls find the conversation: a read does not take SQLite's write lock.
        if (await GetAsync(connection, id, ct) is { } existing) return existing;
        var now = Now();
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES ($id, $channel, $user, $now, $now)
                ON CONFLICT (id) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$channel", channel);
            insert.Parameters.AddWithValue("$user", (object?)userId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$now", now);
            await insert.ExecuteNonQueryAsync(ct);
        }
        return (await GetAsync(connection, id, ct))!;
    }

    public async Task<ConversationRecord?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, id, ct);
    }

    public async Task<StoredActivity> AppendInboundAsync(string conversationId, Activity activity, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var stored = await AppendAsync(connection, transaction, conversationId, activity, ActivityDirection.Inbound, ct);
        await TouchAsync(connection, transaction, conversationId, state: null, ct);
        await transaction.CommitAsync(ct);
        return stored;
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, bool includeInternal, int limit = 500, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, direction, visibility, json, created_at FROM activities
            WHERE conversation_id = $c AND seq > $after AND ($internal = 1 OR visibility = 'resident')
            ORDER BY seq LIMIT $limit
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$internal", includeInternal ? 1 : 0);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadActivitiesAsync(command, conversationId, ct);
    }

    public async Task<IReadOnlyList<StoredActivity>> UnprocessedInboundAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, direction, visibility, json, created_at FROM activities
            WHERE conversation_id = $c AND direction = 'in' AND processed_at IS NULL ORDER BY seq
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        return await ReadActivitiesAsync(command, conversationId, ct);
    }

    public async Task<IReadOnlyList<string>> ConversationsWithUnprocessedAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT conversation_id FROM activities WHERE direction = 'in' AND processed_at IS NULL";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    public async Task<IReadOnlyList<StoredActivity>> CommitTurnAsync(TurnCommit commit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        if (commit.ProcessedSeq is { } seq)
        {
            await using var processed = connection.CreateCommand();
            processed.Transaction = transaction;
            processed.CommandText = "UPDATE activities SET processed_at = $now WHERE conversation_id = $c AND seq = $seq";
            processed.Parameters.AddWithValue("$now", Now());
            processed.Parameters.AddWithValue("$c", commit.ConversationId);
            processed.Parameters.AddWithValue("$seq", seq);
            await processed.ExecuteNonQueryAsync(ct);
        }
        var appended = new List<StoredActivity>();
        foreach (var activity in commit.Outbound)
            appended.Add(await AppendAsync(connection, transaction, commit.ConversationId, activity, ActivityDirection.Outbound, ct));
        if (commit.Escalation is { } e) await SqliteEscalationMapper.InsertAsync(connection, transaction, e, ct);
        await TouchAsync(connection, transaction, commit.ConversationId, commit.State, ct);
        await transaction.CommitAsync(ct);
        return appended;
    }

    public async Task DeleteAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Keep only the empty shell (id, channel) so the channel can go on; everything the resident said is gone.
        command.CommandText = """
            UPDATE conversations SET state = NULL, updated_at = $now,
                seq_base = MAX(seq_base, COALESCE((SELECT MAX(seq) FROM activities WHERE conversation_id = $c), 0))
            WHERE id = $c;
            DELETE FROM activities WHERE conversation_id = $c;
            DELETE FROM escalations WHERE conversation_id = $c;
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // An open escalation keeps its conversation: a person still has to answer it.
        command.CommandText = """
            DELETE FROM conversations WHERE updated_at < $before
            AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id = conversations.id AND e.status <> 'closed' AND e.updated_at >= $before)
            """;
        command.Parameters.AddWithValue("$before", before.UtcDateTime.ToString("O"));
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<StoredActivity> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId,
        Activity activity, ActivityDirection direction, CancellationToken ct)
    {
        await using var next = connection.CreateCommand();
        next.Transaction = transaction;
        next.CommandText = """
            SELECT MAX(COALESCE((SELECT MAX(seq) FROM activities WHERE conversation_id = $c), 0),
                       (SELECT seq_base FROM conversations WHERE id = $c)) + 1
            """;
        next.Parameters.AddWithValue("$c", conversationId);
        var seq = (long)(await next.ExecuteScalarAsync(ct))!;
        var now = clock.GetUtcNow();
        var stored = activity with
        {
            Id = $"{conversationId}|{seq:D7}",
            Timestamp = activity.Timestamp ?? now,
            Conversation = (activity.Conversation ?? new ConversationAccount()) with { Id = conversationId },
        };
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO activities (conversation_id, seq, id, direction, visibility, type, json, created_at)
            VALUES ($c, $seq, $id, $direction, $visibility, $type, $json, $now)
            """;
        insert.Parameters.AddWithValue("$c", conversationId);
        insert.Parameters.AddWithValue("$seq", seq);
        insert.Parameters.AddWithValue("$id", stored.Id);
        insert.Parameters.AddWithValue("$direction", direction == ActivityDirection.Inbound ? "in" : "out");
        insert.Parameters.AddWithValue("$visibility", activity.Visibility == Visibility.Internal ? "internal" : "resident");
        insert.Parameters.AddWithValue("$type", stored.Type);
        insert.Parameters.AddWithValue("$json", stored.ToJson());
        insert.Parameters.AddWithValue("$now", now.UtcDateTime.ToString("O"));
        await insert.ExecuteNonQueryAsync(ct);
        return new StoredActivity(conversationId, seq, stored, direction, now);
    }

    private async Task TouchAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId, string? state, CancellationToken ct)
    {
        await using var touch = connection.CreateCommand();
        touch.Transaction = transaction;
        touch.CommandText = state is null
            ? "UPDATE conversations SET updated_at = $now WHERE id = $c"
            : "UPDATE conversations SET updated_at = $now, state = $state WHERE id = $c";
        touch.Parameters.AddWithValue("$now", Now());
        touch.Parameters.AddWithValue("$c", conversationId);
        if (state is not null) touch.Parameters.AddWithValue("$state", state);
        await touch.ExecuteNonQueryAsync(ct);
    }

    private static async Task<ConversationRecord?> GetAsync(SqliteConnection connection, string id, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, channel, user_id, created_at, updated_at, state FROM conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new ConversationRecord
        {
            Id = r.GetString(0),
            Channel = r.GetString(1),
            UserId = r.IsDBNull(2) ? null : r.GetString(2),
            CreatedAt = DateTimeOffset.Parse(r.GetString(3)),
            UpdatedAt = DateTimeOffset.Parse(r.GetString(4)),
            State = r.IsDBNull(5) ? null : r.GetString(5),
        };
    }

    private static async Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(SqliteCommand command, string conversationId, CancellationToken ct)
    {
        var list = new List<StoredActivity>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var activity = Activity.FromJson(r.GetString(3))! with
            {
                Visibility = r.GetString(2) == "internal" ? Visibility.Internal : Visibility.Resident,
            };
            list.Add(new StoredActivity(conversationId, r.GetInt64(0), activity,
                r.GetString(1) == "in" ? ActivityDirection.Inbound : ActivityDirection.Outbound, DateTimeOffset.Parse(r.GetString(4))));
        }
        return list;
    }

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString("O");
}
