namespace HelpBot.Knowledge.Content;

/// <summary>One panel of a manga episode: what it shows (alt text) and what is said.</summary>
public sealed record MangaPanel(int Number, string Alt, string Dialogue, int Line);
