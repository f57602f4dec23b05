namespace HelpBot.Knowledge.Counters;

/// <summary>
/// Where the text places the resident: one ward, or none when the text names no place or
/// places in several wards (then <see cref="Candidates"/> lists them and the dialog asks).
/// </summary>
public sealed record PlaceResolution(string? Ward, IReadOnlyList<PlaceMatch> Matches, IReadOnlyList<string> Candidates)
{
    public static PlaceResolution None { get; } = new(null, [], []);

    public bool IsAmbiguous => Ward is null && Candidates.Count > 1;

    /// <summary>The most specific 町名 the text gave in the resolved ward (with 丁目 when given).</summary>
    public string? Town => Ward is null ? null : Matches.LastOrDefault(m => m.Ward == Ward && m.Town is not null)?.Town;
}
