using System.Text.Json.Serialization;

namespace HelpBot.Bot.Editors;

public sealed record PreviewRequest(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("ward")] string? Ward);
