using System.Text.Json.Serialization;

namespace HelpBot.Bot.Editors;

/// <summary>Questions that say the same thing, with how often and how lately they came.</summary>
public sealed record UnansweredGroup(
    [property: JsonPropertyName("representative")] string Representative,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("last_seen")] DateTimeOffset LastSeen,
    [property: JsonPropertyName("reasons")] IReadOnlyDictionary<string, int> Reasons,
    [property: JsonPropertyName("examples")] IReadOnlyList<string> Examples,
    [property: JsonPropertyName("words")] IReadOnlyList<string> Words);
