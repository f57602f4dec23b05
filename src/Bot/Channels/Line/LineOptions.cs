namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// The LINE channel's settings (<c>Line:*</c>). Without a channel secret the channel is off: the
/// webhook answers 404 and nothing is sent. The secret and access token come from the LINE
/// Developers console and never go into git.
/// </summary>
public sealed record LineOptions
{
    public const string DefaultApiBaseUrl = "https://api.line.me";

    public string ChannelSecret { get; init; } = "";
    public string ChannelAccessToken { get; init; } = "";
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    /// <summary>A reply token older than this is not tried; the answer is pushed (<c>Line:ReplyTokenMaxAgeSeconds</c>, 50).</summary>
    public TimeSpan ReplyTokenMaxAge { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>The loading animation starts when a turn has taken this long (<c>Line:LoadingAfterMilliseconds</c>, 1500).</summary>
    public TimeSpan LoadingAfter { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>How long the animation is asked for, a multiple of 5 from 5 to 60 (<c>Line:LoadingSeconds</c>, 20).</summary>
    public int LoadingSeconds { get; init; } = 20;

    /// <summary>A webhook body larger than this is refused with 413 (<c>Line:MaxBodyBytes</c>, 1 MiB).</summary>
    public int MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>Retries of one HTTP call on 429, 5xx and network errors (<c>Line:HttpRetries</c>, 4).</summary>
    public int HttpRetries { get; init; } = 4;

    /// <summary>First backoff of those retries, doubled each time, unless LINE says Retry-After (<c>Line:HttpRetryDelayMilliseconds</c>, 500).</summary>
    public TimeSpan HttpRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Sends of one delivery (each with its HTTP retries) before it is marked failed (<c>Line:MaxSendAttempts</c>, 8).</summary>
    public int MaxSendAttempts { get; init; } = 8;

    /// <summary>Pause before a delivery whose send failed is tried again, doubled each attempt up to 5 minutes (<c>Line:SendRetryDelaySeconds</c>, 5).</summary>
    public TimeSpan SendRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Conversations sent to in parallel (<c>Line:SendConcurrency</c>, 4); one conversation is always sent in order.</summary>
    public int SendConcurrency { get; init; } = 4;

    /// <summary>How long processed webhook events are kept to recognise a redelivery (<c>Line:DedupeDays</c>, 7).</summary>
    public int DedupeDays { get; init; } = 7;

    public bool Enabled => ChannelSecret.Length > 0;

    public static LineOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Line");
        var defaults = new LineOptions();
        int Int(string key, int fallback, int min, int max) =>
            int.TryParse(section[key], out var v) ? Math.Clamp(v, min, max) : fallback;
        var loading = Int("LoadingSeconds", defaults.LoadingSeconds, 5, 60);
        return new LineOptions
        {
            ChannelSecret = section["ChannelSecret"]?.Trim() ?? "",
            ChannelAccessToken = section["ChannelAccessToken"]?.Trim() ?? "",
            ApiBaseUrl = section["ApiBaseUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : DefaultApiBaseUrl,
            ReplyTokenMaxAge = TimeSpan.FromSeconds(Int("ReplyTokenMaxAgeSeconds", (int)defaults.ReplyTokenMaxAge.TotalSeconds, 0, 600)),
            LoadingAfter = TimeSpan.FromMilliseconds(Int("LoadingAfterMilliseconds", (int)defaults.LoadingAfter.TotalMilliseconds, 0, 60_000)),
            LoadingSeconds = loading / 5 * 5,
            MaxBodyBytes = Int("MaxBodyBytes", defaults.MaxBodyBytes, 1024, 64 << 20),
            HttpRetries = Int("HttpRetries", defaults.HttpRetries, 0, 10),
            HttpRetryDelay = TimeSpan.FromMilliseconds(Int("HttpRetryDelayMilliseconds", (int)defaults.HttpRetryDelay.TotalMilliseconds, 1, 60_000)),
            MaxSendAttempts = Int("MaxSendAttempts", defaults.MaxSendAttempts, 1, 100),
            SendRetryDelay = TimeSpan.FromSeconds(Int("SendRetryDelaySeconds", (int)defaults.SendRetryDelay.TotalSeconds, 0, 3600)),
            SendConcurrency = Int("SendConcurrency", defaults.SendConcurrency, 1, 64),
            DedupeDays = Int("DedupeDays", defaults.DedupeDays, 1, 365),
        };
    }
}
