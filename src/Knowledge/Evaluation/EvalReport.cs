using System.Text.Json.Serialization;

namespace HelpBot.Knowledge.Evaluation;

/// <summary>The eval verb's output (Contracts). Rates are 0–1; a rate with nothing to count is 1.</summary>
public sealed record EvalReport
{
    [JsonPropertyName("total")] public required int Total { get; init; }
    [JsonPropertyName("routing_accuracy")] public required double RoutingAccuracy { get; init; }
    [JsonPropertyName("emergency")] public required EmergencyRates Emergency { get; init; }
    [JsonPropertyName("handoff_recall")] public required double HandoffRecall { get; init; }
    [JsonPropertyName("ward_accuracy")] public required double WardAccuracy { get; init; }
    [JsonPropertyName("by_lang")] public required IReadOnlyDictionary<string, GroupAccuracy> ByLang { get; init; }
    [JsonPropertyName("by_label")] public required IReadOnlyDictionary<string, GroupAccuracy> ByLabel { get; init; }
    [JsonPropertyName("misses")] public required IReadOnlyList<EvalMiss> Misses { get; init; }
}

public sealed record EmergencyRates(
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("precision")] double Precision);

public sealed record GroupAccuracy(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("routing_accuracy")] double RoutingAccuracy);

public sealed record EvalMiss(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("predicted")] string Predicted,
    [property: JsonPropertyName("accept")] IReadOnlyList<string> Accept);
