namespace HelpBot.Bot.Staff;

public interface IAuditLog
{
    Task RecordAsync(string login, string action, string? escalationId = null, string? conversationId = null, string? detail = null, CancellationToken ct = default);

    Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit = 500, string? escalationId = null, CancellationToken ct = default);
}
