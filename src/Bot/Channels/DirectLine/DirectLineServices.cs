using HelpBot.Bot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Registers the Direct Line channel and the residents' web page: <c>builder.Services.AddDirectLine(configuration, paths)</c>.</summary>
public static class DirectLineServices
{
    /// <summary>The request log line carries the query string, and the stream URL's query carries a token: it never goes to a log.</summary>
    public const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration, HelpBotPaths paths)
    {
        var options = DirectLineOptions.From(configuration);
        var (proxies, networks) = options.ParseTrustedProxies();
        services.AddSingleton(options);

        services.AddDataProtection()
            .SetApplicationName("HelpBot")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.Data, "keys")));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<ActivityStreamer>();
        services.AddSingleton<WebChatPage>();

        services.AddRateLimiter(limiter => DirectLineRateLimits.Configure(limiter, options));
        services.AddCors(cors => DirectLineCors.Configure(cors, options));
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in proxies) forwarded.KnownProxies.Add(proxy);
            foreach (var network in networks) forwarded.KnownIPNetworks.Add(network);
        });
        services.AddLogging(logging => logging.AddFilter(RequestLogCategory, LogLevel.Warning));
        return services;
    }
}
