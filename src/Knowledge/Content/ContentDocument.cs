using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Content;

/// <summary>One topic of the pamphlet, manga or portal: front matter plus the text a chat shows.</summary>
public sealed record ContentDocument
{
    public required string Id { get; init; }
    public required Collection Collection { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required IReadOnlyList<RoutingKind> RoutesTo { get; init; }
    public IReadOnlyList<string> Counters { get; init; } = [];
    public IReadOnlyList<string> Audience { get; init; } = [];
    /// <summary>Residents' own phrasings of this worry.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
    public string? SummaryEasy { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public DateOnly? Updated { get; init; }
    public string Lang { get; init; } = "ja";
    /// <summary>The first paragraph of the body: what a chat shows.</summary>
    public required string Answer { get; init; }
    /// <summary>The rest of the body as plain text, for the index.</summary>
    public required string Body { get; init; }
    public IReadOnlyList<MangaPanel> Panels { get; init; } = [];
    public required ContentLocation Location { get; init; }
    /// <summary>Where the counters list is (or the front matter, when there is none).</summary>
    public required ContentLocation CountersLocation { get; init; }
}
