using System.Text.Json.Serialization;

namespace HelpBot.Knowledge.Search;

/// <summary>A counter whose facts were last confirmed more than a year before the build.</summary>
public sealed record StaleCounter(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("verified")] DateOnly Verified);
