using System.Threading.Channels;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// Schedules conversations whose inbound activities wait for a turn. The database is the real
/// queue: at start every conversation with unprocessed activities is scheduled again, so a
/// message stored just before a crash is answered after the restart. A turn that failed is tried
/// again after a pause.
/// </summary>
public sealed class TurnQueue(IServiceProvider services, ILogger<TurnQueue> logger) : BackgroundService
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<string> _work = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });

    public void Enqueue(string conversationId) => _work.Writer.TryWrite(conversationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var store = services.GetRequiredService<Storage.IConversationStore>();
        try
        {
            foreach (var id in await store.ConversationsWithUnprocessedAsync(stoppingToken)) Enqueue(id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not read waiting conversations at start");
        }
        var workers = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount * 2)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        var processor = services.GetRequiredService<TurnProcessor>();
        var store = services.GetRequiredService<Storage.IConversationStore>();
        try
        {
            await foreach (var id in _work.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await processor.ProcessPendingAsync(id, ct);
                    if ((await store.UnprocessedInboundAsync(id, ct)).Count > 0) _ = RetryLaterAsync(id, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Processing a conversation failed; retrying later");
                    _ = RetryLaterAsync(id, ct);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RetryLaterAsync(string id, CancellationToken ct)
    {
        try
        {
            await Task.Delay(RetryDelay, ct);
            Enqueue(id);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
