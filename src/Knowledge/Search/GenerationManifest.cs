using System.Text.Json.Serialization;

namespace HelpBot.Knowledge.Search;

/// <summary>What a published index generation holds; written beside it as manifest.json.</summary>
public sealed record GenerationManifest
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("built_at")] public required DateTimeOffset BuiltAt { get; init; }
    [JsonPropertyName("documents")] public required int Documents { get; init; }
    [JsonPropertyName("documents_by_collection")] public required IReadOnlyDictionary<string, int> DocumentsByCollection { get; init; }
    [JsonPropertyName("counters")] public required int Counters { get; init; }
    [JsonPropertyName("stale_counters")] public required IReadOnlyList<StaleCounter> StaleCounters { get; init; }
    [JsonPropertyName("warnings")] public required IReadOnlyList<string> Warnings { get; init; }
    [JsonPropertyName("content_commit")] public string? ContentCommit { get; init; }
}
