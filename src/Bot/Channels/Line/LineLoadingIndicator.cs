using System.Collections.Concurrent;
using HelpBot.Bot.Privacy;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// LINE's loading animation for a turn that takes time: when a turn starts (the typing signal on the
/// activity bus) a timer runs; if the turn has not committed after <see cref="LineOptions.LoadingAfter"/>,
/// the resident sees the animation until the answer arrives. Best effort: a failure is only logged.
/// </summary>
public sealed class LineLoadingIndicator(
    LineOptions options,
    ILineConversationStore lines,
    IServiceProvider services,
    IdentifierHasher hasher,
    ILogger<LineLoadingIndicator> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _waiting = new(StringComparer.Ordinal);

    public void TurnStarted(string conversationId)
    {
        var cts = new CancellationTokenSource();
        var previous = _waiting.AddOrUpdate(conversationId, cts, (_, _) => cts);
        if (previous != cts) Cancel(previous);
        _ = ShowAfterDelayAsync(conversationId, cts);
    }

    public void TurnEnded(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var cts)) Cancel(cts);
    }

    private async Task ShowAfterDelayAsync(string conversationId, CancellationTokenSource cts)
    {
        try
        {
            if (options.LoadingAfter > TimeSpan.Zero) await Task.Delay(options.LoadingAfter, cts.Token);
            if (cts.IsCancellationRequested) return;
            var recipient = await lines.RecipientAsync(conversationId, cts.Token);
            if (recipient is not { UserId: { } userId, Unfollowed: false }) return;
            var result = await services.GetRequiredService<LineApiClient>().StartLoadingAsync(userId, options.LoadingSeconds, cts.Token);
            if (!result.IsSuccess)
                logger.LogDebug("Loading animation for {Conversation} not shown: {Error}", hasher.Hash(conversationId), result.Describe());
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Loading animation for {Conversation} failed", hasher.Hash(conversationId));
        }
        finally
        {
            _waiting.TryRemove(new KeyValuePair<string, CancellationTokenSource>(conversationId, cts));
            cts.Dispose();
        }
    }

    /// <summary>At shutdown: no animation for turns that will not finish here.</summary>
    public void Dispose()
    {
        foreach (var conversationId in _waiting.Keys) TurnEnded(conversationId);
    }

    private static void Cancel(CancellationTokenSource cts)
    {
        try
        {
            cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
