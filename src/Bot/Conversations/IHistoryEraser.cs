namespace HelpBot.Bot.Conversations;

/// <summary>
/// Something a channel keeps about a conversation beside its transcript that 「履歴を消して」 must also remove
/// (LINE's replies not yet delivered). Called after the transcript, state and escalations are deleted.
/// </summary>
public interface IHistoryEraser
{
    Task EraseAsync(string conversationId, CancellationToken ct = default);
}
