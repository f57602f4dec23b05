using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// An emergency or crisis escalation that nobody claims within the configured time raises an alert:
/// a warning in the log and a notice to every signed-in staff member. Once per escalation.
/// </summary>
public sealed class EmergencyAlertService(IEscalationStore escalations, IStaffNotifier notifier, StaffingOptions options,
    TimeProvider clock, ILogger<EmergencyAlertService> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, clock);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Checking unclaimed emergencies failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many alerts were raised.</returns>
    public async Task<int> CheckAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var raised = 0;
        foreach (var e in await escalations.OpenAsync(ct))
        {
            if (e.Status != EscalationStatus.Waiting || e.Urgency is not ("emergency" or "crisis") || e.AlertedAt is not null) continue;
            if (now - e.CreatedAt < options.EmergencyAlertAfter) continue;
            if (!await escalations.MarkAlertedAsync(e.Id, now, ct)) continue;
            logger.LogWarning("EmergencyUnclaimed: escalation {Escalation} ({Urgency}) has waited {Minutes:0} minutes without staff",
                e.Id, e.Urgency, (now - e.CreatedAt).TotalMinutes);
            await notifier.EmergencyUnclaimedAsync(e, ct);
            raised++;
        }
        return raised;
    }
}
