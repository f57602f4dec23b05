using HelpBot.Bot.Conversations;
using HelpBot.Knowledge.Privacy;

namespace HelpBot.Bot.Editors;

/// <summary>
/// Listens for the dialog's internal <c>helpbot.unanswered</c> events and keeps the question, masked,
/// for the editors' list of what residents asked that the content did not answer.
/// </summary>
public sealed class UnansweredRecorder(ActivityBus bus, IUnansweredStore store, ILogger<UnansweredRecorder> logger) : IHostedService
{
    public const string EventName = "helpbot.unanswered";

    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(async e =>
        {
            foreach (var stored in e.Committed.Where(a => a.Activity.Name == EventName))
            {
                if (stored.Activity.Value is not { } v) continue;
                try
                {
                    var text = v.GetProperty("question").GetString() ?? "";
                    await store.RecordAsync(
                        v.GetProperty("reason").GetString() ?? "unknown",
                        v.TryGetProperty("kind", out var k) ? k.GetString() : null,
                        v.TryGetProperty("confidence", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.Number ? c.GetDouble() : null,
                        Redactor.Redact(text));
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "Recording an unanswered question failed");
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
