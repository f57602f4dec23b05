using System.Net;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Settings of the Direct Line channel, all under <c>DirectLine:</c>. Lists take either array entries
/// (<c>DirectLine:AllowedOrigins:0</c>) or one comma-separated value (<c>HELPBOT_DirectLine__AllowedOrigins</c>).
/// </summary>
public sealed record DirectLineOptions
{
    /// <summary>Bodies larger than this get 413, on every Direct Line and web chat endpoint.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The master key for server-to-server clients (<c>DirectLine:Secret</c>); null when not configured.</summary>
    public string? Secret { get; init; }

    /// <summary>Origins (scheme://host[:port]) whose pages may call the API from a browser; none means same-origin only.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public int TokenLifetimeSeconds { get; init; } = 1800;

    /// <summary>How often the WebSocket stream sends its empty keep-alive message.</summary>
    public int StreamKeepAliveSeconds { get; init; } = 20;

    /// <summary>The longest message text a resident may post, in characters.</summary>
    public int MaxTextLength { get; init; } = 10_000;

    /// <summary>New conversations (web chat tokens, generated tokens, starts) per client address and minute.</summary>
    public int StartsPerMinute { get; init; } = 30;

    /// <summary>Other Direct Line calls (posts, polls, refreshes, stream connects) per client address and minute.</summary>
    public int RequestsPerMinute { get; init; } = 1200;

    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (addresses or CIDR networks); loopback always is.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    public TimeSpan TokenLifetime => TimeSpan.FromSeconds(TokenLifetimeSeconds);

    public static DirectLineOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("DirectLine");
        return new DirectLineOptions
        {
            Secret = section["Secret"] is { Length: > 0 } secret ? secret : null,
            AllowedOrigins = List(section.GetSection("AllowedOrigins")).Select(o => o.TrimEnd('/')).ToList(),
            TokenLifetimeSeconds = Positive(section["TokenLifetimeSeconds"], 1800),
            StreamKeepAliveSeconds = Positive(section["StreamKeepAliveSeconds"], 20),
            MaxTextLength = Positive(section["MaxTextLength"], 10_000),
            StartsPerMinute = Positive(section["RateLimit:StartsPerMinute"], 30),
            RequestsPerMinute = Positive(section["RateLimit:RequestsPerMinute"], 1200),
            TrustedProxies = List(section.GetSection("TrustedProxies")),
        };
    }

    /// <summary>The trusted proxies, parsed; an entry that is neither an address nor a network is a start-up error.</summary>
    public (IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks) ParseTrustedProxies()
    {
        var proxies = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var entry in TrustedProxies)
        {
            if (entry.Contains('/') && IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else throw new InvalidOperationException($"DirectLine:TrustedProxies: '{entry}' is neither an IP address nor a CIDR network");
        }
        return (proxies, networks);
    }

    private static List<string> List(IConfigurationSection section)
    {
        var values = section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? "").ToList();
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    private static int Positive(string? value, int fallback) => int.TryParse(value, out var n) && n > 0 ? n : fallback;
}
