using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }

    [JsonExtensionData] public Dictionary<string, System.Text.Json.JsonElement>? Extra { get; init; }
}
