using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.Line;

/// <summary>The SQLite implementation of <see cref="ILineConversationStore"/> (table <c>line_conversations</c>).</summary>
public sealed class SqliteLineConversationStore(SqliteDatabase database, LineWriteGate gate, TimeProvider clock) : ILineConversationStore
{
    public async Task EnsureAsync(string conversationId, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO line_conversations (conversation_id) VALUES ($c) ON CONFLICT (conversation_id) DO NOTHING";
        command.Parameters.AddWithValue("$c", conversationId);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task SetFollowingAsync(string conversationId, bool following, CancellationToken ct = default)
    {
        using var write = await gate.EnterAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO line_conversations (conversation_id, unfollowed_at) VALUES ($c, $at)
            ON CONFLICT (conversation_id) DO UPDATE SET unfollowed_at = excluded.unfollowed_at
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$at", following ? DBNull.Value : SqlTime.Format(clock.GetUtcNow()));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<LineRecipient?> RecipientAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.user_id, l.unfollowed_at FROM conversations c
            LEFT JOIN line_conversations l ON l.conversation_id = c.id WHERE c.id = $c
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new LineRecipient(conversationId, r.IsDBNull(0) ? null : r.GetString(0), !r.IsDBNull(1));
    }

    public async Task<long> DeliveredSeqAsync(string conversationId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivered_seq FROM line_conversations WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        return await command.ExecuteScalarAsync(ct) is long seq ? seq : 0;
    }

    public async Task<IReadOnlyList<string>> WithUnplannedRepliesAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // From every LINE conversation, not only those with a watermark row: the row is made when replies are first
        // planned (or when the inbox worker sees the event), so a turn that ran at start before either had none
        // and its replies were never planned.
        command.CommandText = """
            SELECT c.id FROM conversations c LEFT JOIN line_conversations l ON l.conversation_id = c.id
            WHERE c.channel = $channel
              AND EXISTS (SELECT 1 FROM activities a WHERE a.conversation_id = c.id AND a.seq > COALESCE(l.delivered_seq, 0)
                          AND a.direction = 'out' AND a.visibility = 'resident')
            """;
        command.Parameters.AddWithValue("$channel", LineInboundMapper.ChannelId);
        var ids = new List<string>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        return ids;
    }
}
