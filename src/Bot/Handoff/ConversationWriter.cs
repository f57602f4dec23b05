using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Dialogs;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// Writes to a conversation from outside a resident's turn (a staff reply, a claim, a close): in
/// the conversation's turn order, state and activities in one commit, then published so the
/// resident's channel delivers them.
/// </summary>
public sealed class ConversationWriter(IConversationStore store, ConversationGate gate, ActivityBus bus, TimeProvider clock)
{
    /// <returns>The activities written, or null when the conversation no longer exists.</returns>
    public async Task<IReadOnlyList<StoredActivity>?> WriteAsync(string conversationId,
        Func<ConversationRecord, DialogState, IEnumerable<Activity>> change, CancellationToken ct = default)
    {
        using var _ = await gate.EnterAsync(conversationId, ct);
        var conversation = await store.GetAsync(conversationId, ct);
        if (conversation is null) return null;
        var state = DialogState.From(conversation.State);
        var now = clock.GetUtcNow();
        var activities = change(conversation, state)
            .Select(a => a with { Timestamp = now, ChannelId = a.ChannelId ?? conversation.Channel, From = a.From ?? TurnContext.BotAccount })
            .ToList();
        var appended = await store.CommitTurnAsync(new TurnCommit { ConversationId = conversationId, Outbound = activities, State = state.ToJson() }, ct);
        await bus.PublishAsync(new ConversationEvent(conversationId, conversation.Channel, appended));
        return appended;
    }
}
