namespace HelpBot.Knowledge.Content;

/// <summary>The words that place a resident in one ward (content/areas.yaml).</summary>
public sealed record WardPlaces
{
    public required string Ward { get; init; }
    /// <summary>Ways to write the ward itself: 中原区, なかはら, Nakahara-ku …</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> Towns { get; init; } = [];
    public IReadOnlyList<string> Stations { get; init; } = [];
    public IReadOnlyList<string> Landmarks { get; init; } = [];
    public IReadOnlyList<District> Districts { get; init; } = [];
    public string? Source { get; init; }
    public required ContentLocation Location { get; init; }
}
