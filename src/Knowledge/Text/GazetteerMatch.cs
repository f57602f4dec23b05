namespace HelpBot.Knowledge.Text;

/// <summary>One phrase found in text: where, what, and the values it was registered with.</summary>
public sealed record GazetteerMatch<T>(int Start, int Length, string Text, IReadOnlyList<T> Values);
