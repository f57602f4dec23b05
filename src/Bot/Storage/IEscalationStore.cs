namespace HelpBot.Bot.Storage;

/// <summary>The escalation queue staff work from.</summary>
public interface IEscalationStore
{
    Task<EscalationRecord?> GetAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, CancellationToken ct = default);

    /// <summary>Open escalations (waiting or claimed).</summary>
    Task<IReadOnlyList<EscalationRecord>> OpenAsync(CancellationToken ct = default);

    /// <summary>Escalations closed since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<EscalationRecord>> ClosedSinceAsync(DateTimeOffset since, CancellationToken ct = default);

    /// <summary>Takes a waiting escalation for <paramref name="login"/>. When two staff claim at once, exactly one gets true.</summary>
    Task<bool> ClaimAsync(string id, string login, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Sends an open escalation back to the queue for another ward or kind.</summary>
    Task<bool> TransferAsync(string id, string? ward, string kind, DateTimeOffset at, CancellationToken ct = default);

    Task<bool> CloseAsync(string id, string outcome, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Records that staff were alerted about an unclaimed urgent escalation; false if already alerted.</summary>
    Task<bool> MarkAlertedAsync(string id, DateTimeOffset at, CancellationToken ct = default);
}
