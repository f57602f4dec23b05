namespace HelpBot.Knowledge.Counters;

/// <summary>A place found in a resident's text. <see cref="Town"/> includes the 丁目 when the text gave one.</summary>
public sealed record PlaceMatch(string Ward, PlaceKind Kind, string Matched, string? Town);
