using HelpBot.Bot.Conversations;
using HelpBot.Knowledge.Privacy;

namespace HelpBot.Bot.Editors;

/// <summary>
/// Listens for the dialog's internal <c>helpbot.unanswered</c> events and keeps the question, masked,
/// for the editors' list of what residents asked that the content did not answer.
/// </summary>
public sealed class UnansweredRecorder(ActivityBus bus, IUnansweredStore store, ILogger<UnansweredRecorder> logger) : BusListener(bus, logger)
{
    public const string EventName = "helpbot.unanswered";

    protected override async ValueTask OnEventAsync(ConversationEvent e)
    {
        foreach (var stored in e.Committed.Where(a => a.Activity.Name == EventName))
        {
            if (stored.Activity.Value is not { } v) continue;
            await store.RecordAsync(
                v.GetProperty("reason").GetString() ?? "unknown",
                v.TryGetProperty("kind", out var k) ? k.GetString() : null,
                v.TryGetProperty("confidence", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.Number ? c.GetDouble() : null,
                // Masked by the dialog already; masking again costs nothing and guards against a caller that forgot.
                Redactor.Redact(v.GetProperty("question").GetString() ?? ""));
        }
    }
}
