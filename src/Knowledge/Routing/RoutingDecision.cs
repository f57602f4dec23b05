using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Safety;
using HelpBot.Knowledge.Search;

namespace HelpBot.Knowledge.Routing;

/// <summary>What HelpBot decided about one message: where to send the resident, how sure, and why.</summary>
public sealed record RoutingDecision
{
    public required RoutingKind Kind { get; init; }
    public required Urgency Urgency { get; init; }
    /// <summary>0–1: how sure the decision is. Below <see cref="RouterSettings.LowConfidence"/> the dialog treats it as unsure.</summary>
    public required double Confidence { get; init; }
    /// <summary>A readable reason, in Japanese, for staff and editors.</summary>
    public required string Reason { get; init; }
    public bool Emergency => Kind == RoutingKind.Emergency;
    public required bool Handoff { get; init; }
    /// <summary>The resident's ward, from the text or from what they said earlier.</summary>
    public string? Ward { get; init; }
    public string? Town { get; init; }
    /// <summary>True when the counter depends on the ward and the ward is not known.</summary>
    public bool NeedsWard { get; init; }
    /// <summary>Wards the text named when it named several.</summary>
    public IReadOnlyList<string> WardCandidates { get; init; } = [];
    public required IReadOnlyList<Counter> Counters { get; init; }
    public required IReadOnlyList<Passage> Passages { get; init; }
    /// <summary>The passage whose answer the chat shows, when one fits the decision.</summary>
    public Passage? Answer { get; init; }
    public IReadOnlyList<SafetyMatch> Safety { get; init; } = [];
    public required string Language { get; init; }
    /// <summary>The message was longer than <see cref="Router.MaxSearchChars"/> and was not searched.</summary>
    public bool TooLong { get; init; }
    /// <summary>The message had no text to look at.</summary>
    public bool Empty { get; init; }
    public required double LowConfidenceBelow { get; init; }
    public bool IsLowConfidence => Confidence < LowConfidenceBelow;
}
