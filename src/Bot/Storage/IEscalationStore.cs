namespace HelpBot.Bot.Storage;

/// <summary>The escalation queue staff work from.</summary>
public interface IEscalationStore
{
    Task<EscalationRecord?> GetAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Open escalations (waiting or claimed).</summary>
    Task<IReadOnlyList<EscalationRecord>> OpenAsync(CancellationToken ct = default);
}
