using Microsoft.AspNetCore.Cors.Infrastructure;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Cross-origin calls only from the configured origins (<c>DirectLine:AllowedOrigins</c>), with the
/// headers DirectLineJS sends. With none configured the browser allows only the page on this host.
/// </summary>
public static class DirectLineCors
{
    public const string Policy = "directline";

    public static void Configure(CorsOptions cors, DirectLineOptions options) =>
        cors.AddPolicy(Policy, policy =>
        {
            if (options.AllowedOrigins.Count == 0) return;
            policy.WithOrigins([.. options.AllowedOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "x-requested-with")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        });
}
