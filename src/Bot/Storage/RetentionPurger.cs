using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Storage;

/// <summary>Deletes transcripts and escalations older than the retention, once at start and then daily.</summary>
public sealed class RetentionPurger(IConversationStore store, RetentionOptions retention, TimeProvider clock, ILogger<RetentionPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        do
        {
            try
            {
                var removed = await store.PurgeAsync(clock.GetUtcNow().AddDays(-retention.Days), stoppingToken);
                if (removed > 0) logger.LogInformation("Retention: removed {Count} conversations older than {Days} days", removed, retention.Days);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention purge failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
