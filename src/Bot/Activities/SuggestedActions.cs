using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

/// <summary>Quick replies shown with a message; an empty <see cref="To"/> means everyone.</summary>
public sealed record SuggestedActions
{
    [JsonPropertyName("to")] public IReadOnlyList<string>? To { get; init; }
    [JsonPropertyName("actions")] public required IReadOnlyList<CardAction> Actions { get; init; }
}
