using HelpBot.Knowledge;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Ai;

/// <summary>What the dialog asks a model to answer from: never an emergency, and nothing the resident typed in clear.</summary>
public sealed record AnswerRequest
{
    /// <summary>The resident's question with phone numbers, addresses and names masked (<see cref="HelpBot.Knowledge.Privacy.Redactor"/>).</summary>
    public required string Question { get; init; }
    /// <summary>The resident's language: ja, en, zh, vi or ko.</summary>
    public required string Language { get; init; }
    /// <summary>The top passages, the answering one first.</summary>
    public required IReadOnlyList<GroundingPassage> Passages { get; init; }
    /// <summary>The counter cards the dialog shows after the answer (none when it asks for the ward first).</summary>
    public required IReadOnlyList<Counter> Counters { get; init; }
    public Urgency Urgency { get; init; } = Urgency.Normal;
    /// <summary>The turn's knowledge generation, for the knowledge plugin when <c>Ai:Tools</c> is on.</summary>
    public KnowledgeBase? Knowledge { get; init; }
}
