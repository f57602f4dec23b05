using HelpBot.Bot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HelpBot.Bot.Channels.Line;

/// <summary>Registers the LINE channel: webhook inbox, worker, outbox, sender and the typed Messaging API client.</summary>
public static class LineServices
{
    public const string ResiliencePipeline = "line-api";

    public static IServiceCollection AddLine(this IServiceCollection services, IConfiguration configuration, HelpBotPaths paths)
    {
        var options = LineOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<LineSignatureVerifier>();
        services.AddSingleton<LineWriteGate>();
        services.AddSingleton(_ => LineConversationIds.FromConfiguration(configuration, paths.Data));
        services.AddSingleton<ILineInboxStore, SqliteLineInboxStore>();
        services.AddSingleton<ILineConversationStore, SqliteLineConversationStore>();
        services.AddSingleton<ILineOutboxStore, SqliteLineOutboxStore>();
        services.AddSingleton<HelpBot.Bot.Conversations.IHistoryEraser, LineHistoryEraser>();
        services.AddSingleton<LineInboxSignal>();
        services.AddSingleton<LineInboxWriter>();
        services.AddSingleton<LineLoadingIndicator>();
        services.AddSingleton<LineSender>();
        services.AddSingleton<LineOutboundDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<LineSender>());
        services.AddHostedService<LineInboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<LineOutboundDispatcher>());

        services.AddHttpClient<LineApiClient>(http => LineApiClient.Configure(http, options))
            .AddResilienceHandler(ResiliencePipeline, pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromSeconds(90));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // 429, 408 and 5xx and network errors; Retry-After, when LINE sends it, replaces the backoff.
                    MaxRetryAttempts = Math.Max(1, options.HttpRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.HttpRetryDelay,
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(options.HttpRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        return services;
    }
}
