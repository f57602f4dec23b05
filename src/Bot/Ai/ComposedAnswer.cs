namespace HelpBot.Bot.Ai;

/// <summary>A model's answer that passed the grounding check: the text without [id] markers, and the passages it cites (titles for the source line).</summary>
public sealed record ComposedAnswer(string Text, IReadOnlyList<string> CitedIds, IReadOnlyList<string> Sources);
