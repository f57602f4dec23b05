namespace HelpBot.Bot.Editors;

/// <summary>A question the bot could not answer well, masked before it was stored.</summary>
public sealed record UnansweredQuestion(long Id, DateTimeOffset At, string Reason, string? Kind, double? Confidence, string MaskedText);
