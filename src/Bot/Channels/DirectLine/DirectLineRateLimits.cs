using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Rate limits per client address (after the forwarded headers of trusted proxies): new
/// conversations and tokens are scarce, other calls generous enough for polling once a second.
/// A refused call gets 429 TooManyRequests with Retry-After.
/// </summary>
public static class DirectLineRateLimits
{
    public const string Starts = "directline-starts";
    public const string Calls = "directline-calls";

    public static void Configure(RateLimiterOptions limiter, DirectLineOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(Starts, context => PerMinute(context, Starts, options.StartsPerMinute));
        limiter.AddPolicy(Calls, context => PerMinute(context, Calls, options.RequestsPerMinute));
        limiter.OnRejected = async (rejected, ct) =>
        {
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60);
            rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await DirectLineErrors.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, DirectLineErrors.TooManyRequests,
                "Too many requests from this client; try again after the time in Retry-After.");
        };
    }

    private static RateLimitPartition<string> PerMinute(HttpContext context, string policy, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(policy + "|" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
