using HelpBot.Bot.Conversations;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// 「履歴を消して」 on LINE: replies still waiting in the outbox (pending, or failed and kept for operators) hold
/// answers to what the resident wrote; they are skipped and their messages forgotten. Sent rows hold no text.
/// </summary>
public sealed class LineHistoryEraser(ILineOutboxStore outbox) : IHistoryEraser
{
    public const string Reason = "history deleted by the resident";

    public Task EraseAsync(string conversationId, CancellationToken ct = default) =>
        outbox.ForgetUndeliveredAsync(conversationId, Reason, ct);
}
