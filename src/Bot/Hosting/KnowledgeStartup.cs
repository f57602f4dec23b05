using HelpBot.Knowledge;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Loads the published index when the server starts — building one first when none exists — without
/// holding up the listener: /healthz answers 503 until a generation is in service. Then watches for
/// generations published by a reindex run beside the server.
/// </summary>
public sealed class KnowledgeStartup(KnowledgeHost host, ILogger<KnowledgeStartup> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            host.EnsureLoaded();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Loading the index at start failed");
        }
        host.StartWatching(PollInterval);
    }, stoppingToken);
}
