using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Storage;

internal static class SqliteEscalationMapper
{
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, EscalationRecord e, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO escalations (id, conversation_id, channel, topic, kind, ward, urgency, consent, status, reason, counter_id, created_at, updated_at)
            VALUES ($id, $c, $channel, $topic, $kind, $ward, $urgency, $consent, $status, $reason, $counter, $created, $created)
            """;
        insert.Parameters.AddWithValue("$id", e.Id);
        insert.Parameters.AddWithValue("$c", e.ConversationId);
        insert.Parameters.AddWithValue("$channel", e.Channel);
        insert.Parameters.AddWithValue("$topic", (object?)e.Topic ?? DBNull.Value);
        insert.Parameters.AddWithValue("$kind", e.Kind);
        insert.Parameters.AddWithValue("$ward", (object?)e.Ward ?? DBNull.Value);
        insert.Parameters.AddWithValue("$urgency", e.Urgency);
        insert.Parameters.AddWithValue("$consent", e.Consent ? 1 : 0);
        insert.Parameters.AddWithValue("$status", e.Status);
        insert.Parameters.AddWithValue("$reason", (object?)e.Reason ?? DBNull.Value);
        insert.Parameters.AddWithValue("$counter", (object?)e.CounterId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$created", e.CreatedAt.UtcDateTime.ToString("O"));
        await insert.ExecuteNonQueryAsync(ct);
    }


    private static bool HasColumn(SqliteDataReader r, string name)
    {
        for (var i = 0; i < r.FieldCount; i++) if (r.GetName(i) == name) return true;
        return false;
    }

    public static EscalationRecord Read(SqliteDataReader r)
    {
        string? S(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));
        DateTimeOffset? T(string column) => S(column) is { } s ? DateTimeOffset.Parse(s) : null;
        return new EscalationRecord
        {
            Id = S("id")!,
            ConversationId = S("conversation_id")!,
            Channel = S("channel")!,
            Topic = S("topic"),
            Kind = S("kind")!,
            Ward = S("ward"),
            Urgency = S("urgency")!,
            Consent = r.GetInt64(r.GetOrdinal("consent")) != 0,
            Status = S("status")!,
            Reason = S("reason"),
            CounterId = S("counter_id"),
            CreatedAt = T("created_at")!.Value,
            UpdatedAt = T("updated_at")!.Value,
            ClaimedBy = S("claimed_by"),
            ClaimedAt = T("claimed_at"),
            ClosedAt = T("closed_at"),
            Outcome = S("outcome"),
            AlertedAt = HasColumn(r, "alerted_at") ? T("alerted_at") : null,
        };
    }
}
