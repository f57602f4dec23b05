namespace HelpBot.Knowledge.Counters;

/// <summary>A place word registered for a ward; <see cref="Town"/> is the 町名 it stands for, if any.</summary>
public sealed record PlaceEntry(string Ward, PlaceKind Kind, string Name, string? Town);
