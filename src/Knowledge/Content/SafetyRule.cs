using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Content;

/// <summary>Phrases that mean life or safety is at risk, and the numbers to show (content/safety.yaml).</summary>
public sealed record SafetyRule
{
    public required string Id { get; init; }
    public required Urgency Urgency { get; init; }
    /// <summary>Counter ids whose numbers are shown, in order.</summary>
    public required IReadOnlyList<string> Counters { get; init; }
    /// <summary>Phrases by language (ja, easy_ja, en, zh, vi, ko), matched after normalization.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; }
    /// <summary>Regular expressions for phrasings a list cannot enumerate.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];
    /// <summary>Phrases that cancel a match of this rule where they overlap it (「親の死後の手続き」).</summary>
    public IReadOnlyList<string> Except { get; init; } = [];
    public required ContentLocation Location { get; init; }
    /// <summary>Where the counters list is, for reporting a bad reference.</summary>
    public required ContentLocation CountersLocation { get; init; }
}
