namespace HelpBot.Bot.Storage;

/// <summary>The schema, as ordered migrations. Never edit one that has shipped; add the next.</summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                user_id TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                state TEXT,
                -- After 「履歴を消して」 the transcript is gone but numbering continues, so Direct Line watermarks stay valid.
                seq_base INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX conversations_user ON conversations (channel, user_id);
            CREATE INDEX conversations_updated ON conversations (updated_at);
            CREATE TABLE activities (
                conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                id TEXT NOT NULL UNIQUE,
                direction TEXT NOT NULL,
                visibility TEXT NOT NULL,
                type TEXT NOT NULL,
                json TEXT NOT NULL,
                created_at TEXT NOT NULL,
                processed_at TEXT,
                PRIMARY KEY (conversation_id, seq)
            );
            CREATE INDEX activities_unprocessed ON activities (conversation_id) WHERE direction = 'in' AND processed_at IS NULL;
            CREATE TABLE escalations (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                topic TEXT,
                kind TEXT NOT NULL,
                ward TEXT,
                urgency TEXT NOT NULL,
                consent INTEGER NOT NULL,
                status TEXT NOT NULL,
                reason TEXT,
                counter_id TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                claimed_by TEXT,
                claimed_at TEXT,
                closed_at TEXT,
                outcome TEXT
            );
            CREATE INDEX escalations_open ON escalations (status, urgency, created_at);
            CREATE INDEX escalations_conversation ON escalations (conversation_id)
            """),
        (2, """
            -- LINE webhook events, stored before the webhook is acknowledged; the unique event id makes a redelivery a no-op.
            -- Once processed, the event's text and the user id are cleared: what the resident wrote lives in the transcript only.
            CREATE TABLE line_inbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                webhook_event_id TEXT NOT NULL,
                type TEXT NOT NULL,
                user_id TEXT,
                json TEXT,
                received_at TEXT NOT NULL,
                processed_at TEXT,
                outcome TEXT,
                conversation_id TEXT,
                activity_id TEXT,
                reply_token TEXT,
                reply_received_at TEXT
            );
            CREATE UNIQUE INDEX line_inbox_event ON line_inbox (webhook_event_id);
            CREATE INDEX line_inbox_pending ON line_inbox (id) WHERE processed_at IS NULL;
            CREATE INDEX line_inbox_activity ON line_inbox (activity_id) WHERE activity_id IS NOT NULL;
            CREATE INDEX line_inbox_processed ON line_inbox (processed_at) WHERE processed_at IS NOT NULL;
            -- Per LINE conversation: whether the resident unfollowed, and up to which transcript seq replies are in the outbox.
            CREATE TABLE line_conversations (
                conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
                unfollowed_at TEXT,
                delivered_seq INTEGER NOT NULL DEFAULT 0
            );
            -- The outbox: one row per LINE request (at most 5 messages). The id is also the push's X-Line-Retry-Key.
            -- The messages are cleared once sent; failed rows stay for operators.
            CREATE TABLE line_deliveries (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                reply_to_id TEXT,
                activity_ids TEXT NOT NULL,
                messages TEXT,
                message_count INTEGER NOT NULL,
                reply_token TEXT,
                reply_received_at TEXT,
                status TEXT NOT NULL,
                method TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                sent_at TEXT
            );
            CREATE INDEX line_deliveries_pending ON line_deliveries (conversation_id, ordinal) WHERE status = 'pending';
            CREATE INDEX line_deliveries_status ON line_deliveries (status, updated_at);
            CREATE INDEX line_deliveries_reply_to ON line_deliveries (reply_to_id)
            """),
        (3, """
            CREATE TABLE staff_accounts (
                login TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                wards TEXT NOT NULL DEFAULT '',
                kinds TEXT NOT NULL DEFAULT '',
                disabled INTEGER NOT NULL DEFAULT 0,
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL
            );
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                login TEXT NOT NULL,
                action TEXT NOT NULL,
                escalation_id TEXT,
                conversation_id TEXT,
                detail TEXT
            );
            CREATE INDEX audit_log_at ON audit_log (at);
            ALTER TABLE escalations ADD COLUMN alerted_at TEXT
            """),
        (4, """
            CREATE TABLE unanswered (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                reason TEXT NOT NULL,
                kind TEXT,
                confidence REAL,
                text TEXT NOT NULL
            );
            CREATE INDEX unanswered_at ON unanswered (at)
            """),
    ];
}
