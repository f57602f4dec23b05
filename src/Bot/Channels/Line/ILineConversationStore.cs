namespace HelpBot.Bot.Channels.Line;

/// <summary>What the LINE channel keeps per conversation besides the transcript: follow state and the outbox watermark.</summary>
public interface ILineConversationStore
{
    Task EnsureAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Records a follow (following) or an unfollow; after an unfollow nothing more is sent.</summary>
    Task SetFollowingAsync(string conversationId, bool following, CancellationToken ct = default);

    Task<LineRecipient?> RecipientAsync(string conversationId, CancellationToken ct = default);

    /// <summary>The transcript seq up to which resident-visible replies are in the outbox.</summary>
    Task<long> DeliveredSeqAsync(string conversationId, CancellationToken ct = default);

    /// <summary>LINE conversations whose transcript has resident-visible replies past the watermark (a crash between commit and outbox).</summary>
    Task<IReadOnlyList<string>> WithUnplannedRepliesAsync(CancellationToken ct = default);
}
