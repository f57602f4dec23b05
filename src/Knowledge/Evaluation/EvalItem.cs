using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Evaluation;

/// <summary>One labelled utterance of an eval file (Contracts: "eval FILE.jsonl").</summary>
public sealed record EvalItem
{
    public required int Line { get; init; }
    public string? Id { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<RoutingKind> Accept { get; init; }
    public RoutingKind? Primary { get; init; }
    public string Lang { get; init; } = "ja";
    public string? Ward { get; init; }
    /// <summary>Whether the item is an emergency; absent in the file means "emergency" is in accept.</summary>
    public required bool Emergency { get; init; }
    /// <summary>Whether a handoff is expected; null when the file does not say (not counted).</summary>
    public bool? Handoff { get; init; }

    public RoutingKind Label => Primary ?? Accept[0];
}
