namespace HelpBot.Bot.Editors;

public interface IUnansweredStore
{
    /// <param name="maskedText">Already masked (Redactor): the store never holds a phone number, address or name.</param>
    Task RecordAsync(string reason, string? kind, double? confidence, string maskedText, CancellationToken ct = default);

    Task<IReadOnlyList<UnansweredQuestion>> SinceAsync(DateTimeOffset since, CancellationToken ct = default);

    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct = default);
}
