using System.Globalization;

namespace HelpBot.Bot.Ai;

/// <summary>
/// Generative answers (<c>Ai:*</c>): <c>Provider</c> none | openai | azure (default none), <c>Endpoint</c>
/// (an OpenAI-compatible base URL including <c>/v1</c>, or the Azure resource URL), <c>Model</c> (the Azure
/// deployment name for azure), <c>ApiKey</c>, <c>TimeoutSeconds</c> (default 8) and <c>Tools</c> (default
/// false: the knowledge plugin is offered to tool-calling models only when true).
/// A class, not a record: a generated ToString would print the API key.
/// </summary>
public sealed class AiOptions
{
    public const string Section = "Ai";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(8);

    public AiProvider Provider { get; init; } = AiProvider.None;
    /// <summary>Null for openai means OpenAI's own endpoint.</summary>
    public Uri? Endpoint { get; init; }
    public string? Model { get; init; }
    public string? ApiKey { get; init; }
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
    public bool Tools { get; init; }

    public bool Enabled => Provider != AiProvider.None;

    /// <summary>Reads and checks the <c>Ai</c> section; a setting that cannot work stops the start with a message naming it.</summary>
    public static AiOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var provider = ParseProvider(section["Provider"]);
        var timeout = DefaultTimeout;
        if (section["TimeoutSeconds"] is { Length: > 0 } seconds)
        {
            if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s <= 0 || s > 600)
                throw new InvalidOperationException($"Ai:TimeoutSeconds must be a number of seconds between 0 and 600, not '{seconds}'");
            timeout = TimeSpan.FromSeconds(s);
        }
        var tools = false;
        if (section["Tools"] is { Length: > 0 } toolsText && !bool.TryParse(toolsText, out tools))
            throw new InvalidOperationException($"Ai:Tools must be true or false, not '{toolsText}'");

        var options = new AiOptions
        {
            Provider = provider,
            Endpoint = ParseEndpoint(section["Endpoint"]),
            Model = Blank(section["Model"]),
            ApiKey = Blank(section["ApiKey"]),
            Timeout = timeout,
            Tools = tools,
        };
        if (!options.Enabled) return options;
        if (options.Model is null) throw new InvalidOperationException($"Ai:Model is required when Ai:Provider is {section["Provider"]}");
        if (provider == AiProvider.OpenAI && options.Endpoint is null && options.ApiKey is null)
            throw new InvalidOperationException("Ai:Endpoint (an OpenAI-compatible URL such as http://localhost:11434/v1) or Ai:ApiKey (for OpenAI itself) is required when Ai:Provider is openai");
        if (provider == AiProvider.Azure && options.Endpoint is null) throw new InvalidOperationException("Ai:Endpoint (the Azure OpenAI resource URL) is required when Ai:Provider is azure");
        if (provider == AiProvider.Azure && options.ApiKey is null) throw new InvalidOperationException("Ai:ApiKey is required when Ai:Provider is azure");
        return options;
    }

    private static AiProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" => AiProvider.None,
        "openai" => AiProvider.OpenAI,
        "azure" => AiProvider.Azure,
        _ => throw new InvalidOperationException($"Ai:Provider must be none, openai or azure, not '{value}'"),
    };

    private static Uri? ParseEndpoint(string? value)
    {
        if (Blank(value) is not { } text) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"Ai:Endpoint must be an absolute http(s) URL such as http://localhost:11434/v1, not '{text}'");
        return uri;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
