using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Storage;

/// <summary>Conversations, their transcripts and their dialog state. SQLite by default; PostgreSQL can implement it for several nodes.</summary>
public interface IConversationStore
{
    /// <summary>Creates the conversation if it does not exist yet; returns what is stored.</summary>
    Task<ConversationRecord> EnsureAsync(string id, string channel, string? userId, CancellationToken ct = default);

    Task<ConversationRecord?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Stores a resident's activity before the channel acknowledges it; it waits for its turn.</summary>
    Task<StoredActivity> AppendInboundAsync(string conversationId, Activity activity, CancellationToken ct = default);

    /// <summary>Activities after <paramref name="afterSeq"/>, in order; internal ones only when asked for.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, bool includeInternal, int limit = 500, CancellationToken ct = default);

    Task<IReadOnlyList<StoredActivity>> UnprocessedInboundAsync(string conversationId, CancellationToken ct = default);

    Task<IReadOnlyList<string>> ConversationsWithUnprocessedAsync(CancellationToken ct = default);

    /// <summary>Writes a turn atomically and returns the activities it appended, with their sequence numbers.</summary>
    Task<IReadOnlyList<StoredActivity>> CommitTurnAsync(TurnCommit commit, CancellationToken ct = default);

    /// <summary>Deletes the conversation's transcript, state and escalations (the resident's 「履歴を消して」); numbering continues.</summary>
    Task DeleteAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Deletes transcripts and escalations last touched before <paramref name="before"/>; returns conversations removed.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default);
}
