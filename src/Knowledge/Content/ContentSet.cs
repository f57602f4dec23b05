namespace HelpBot.Knowledge.Content;

/// <summary>Everything under content/, read and cross-checked.</summary>
public sealed record ContentSet
{
    public required IReadOnlyList<ContentDocument> Documents { get; init; }
    public required IReadOnlyList<Counter> Counters { get; init; }
    public required IReadOnlyList<WardPlaces> Areas { get; init; }
    public required IReadOnlyList<SafetyRule> Safety { get; init; }
    public required IReadOnlyList<SynonymGroup> Synonyms { get; init; }

    public static ContentSet Empty { get; } = new() { Documents = [], Counters = [], Areas = [], Safety = [], Synonyms = [] };
}
