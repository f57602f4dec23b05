using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Storage;

/// <summary>Deletes transcripts and escalations older than the retention, once at start and then daily.</summary>
public sealed class RetentionPurger(IConversationStore store, IServiceProvider services, RetentionOptions retention, TimeProvider clock, ILogger<RetentionPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        do
        {
            try
            {
                var cutoff = clock.GetUtcNow().AddDays(-retention.Days);
                var removed = await store.PurgeAsync(cutoff, stoppingToken);
                if (removed > 0) logger.LogInformation("Retention: removed {Count} conversations older than {Days} days", removed, retention.Days);
                // The editors' unanswered questions are kept no longer than the conversations they came from.
                if (services.GetService<Editors.IUnansweredStore>() is { } unanswered) await unanswered.PurgeAsync(cutoff, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention purge failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
