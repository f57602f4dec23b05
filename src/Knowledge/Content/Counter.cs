using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Content;

/// <summary>A place a resident can call or visit (content/counters.yaml).</summary>
public sealed record Counter
{
    public required string Id { get; init; }
    public required RoutingKind Kind { get; init; }
    /// <summary>Canonical ward, or null for a city-wide counter.</summary>
    public string? Ward { get; init; }
    public required string Name { get; init; }
    public string? Phone { get; init; }
    /// <summary>What the number is when it is not the counter's own line, e.g. 「区役所総合案内」.</summary>
    public string? PhoneLabel { get; init; }
    public string? Hours { get; init; }
    public string? Address { get; init; }
    public string? Url { get; init; }
    /// <summary>町名 this counter is responsible for (地域包括支援センター).</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];
    public required string Source { get; init; }
    public required DateOnly Verified { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public required ContentLocation Location { get; init; }
}
