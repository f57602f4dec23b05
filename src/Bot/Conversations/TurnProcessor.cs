using Stopwatch = System.Diagnostics.Stopwatch;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Privacy;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// Runs the waiting turns of one conversation, in order: each inbound activity the channel stored
/// goes through the middleware and the dialog, and the turn is committed in one transaction. A turn
/// that fails is logged and left unprocessed, to be tried again; the resident's message is never lost.
/// </summary>
public sealed class TurnProcessor(
    IConversationStore store,
    KnowledgeHost knowledge,
    IEnumerable<ITurnMiddleware> middleware,
    IBot bot,
    IEnumerable<IHistoryEraser> erasers,
    ActivityBus bus,
    ConversationGate gate,
    IdentifierHasher hasher,
    TimeProvider clock,
    ILogger<TurnProcessor> logger)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();
    private readonly IHistoryEraser[] _erasers = erasers.ToArray();

    /// <returns>How many turns ran.</returns>
    public async Task<int> ProcessPendingAsync(string conversationId, CancellationToken ct = default)
    {
        using var _ = await gate.EnterAsync(conversationId, ct);
        var pending = await store.UnprocessedInboundAsync(conversationId, ct);
        var ran = 0;
        foreach (var inbound in pending)
        {
            if (!await RunTurnAsync(conversationId, inbound, ct)) break;
            ran++;
        }
        return ran;
    }

    private async Task<bool> RunTurnAsync(string conversationId, StoredActivity inbound, CancellationToken ct)
    {
        var conversation = await store.GetAsync(conversationId, ct);
        if (conversation is null) return false;
        if (!knowledge.IsReady)
        {
            logger.LogWarning("Turn for {Conversation} waits: no index generation is in service", hasher.Hash(conversationId));
            return false;
        }
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Conversation"] = hasher.Hash(conversationId) });
        var watch = Stopwatch.StartNew();
        using var lease = knowledge.Acquire();
        var turn = new TurnContext
        {
            Conversation = conversation,
            Inbound = inbound,
            Knowledge = lease.Base,
            Now = clock.GetUtcNow(),
            State = conversation.State,
        };
        try
        {
            if (inbound.Activity.IsMessage)
                await bus.PublishAsync(new ConversationEvent(conversationId, conversation.Channel, [], Activity.Typing() with { From = TurnContext.BotAccount }));
            await RunPipelineAsync(turn, 0, ct);
            if (turn.DeleteHistory)
            {
                await store.DeleteAsync(conversationId, ct);
                foreach (var eraser in _erasers) await eraser.EraseAsync(conversationId, ct);
            }
            var appended = await store.CommitTurnAsync(new TurnCommit
            {
                ConversationId = conversationId,
                ProcessedSeq = turn.DeleteHistory ? null : inbound.Seq,
                Outbound = turn.Outbound,
                State = turn.State,
                Escalation = turn.Escalation,
            }, ct);
            logger.LogInformation("Turn done in {Elapsed} ms: {Replies} activities{Escalation}",
                watch.ElapsedMilliseconds, appended.Count, turn.Escalation is null ? "" : $", escalation {turn.Escalation.Urgency}");
            await bus.PublishAsync(new ConversationEvent(conversationId, conversation.Channel, appended, Inbound: inbound));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Turn failed; the inbound activity stays queued");
            return false;
        }
    }

    private Task RunPipelineAsync(TurnContext turn, int index, CancellationToken ct) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, () => RunPipelineAsync(turn, index + 1, ct), ct)
            : bot.OnTurnAsync(turn, ct);
}
