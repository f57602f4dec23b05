using System.Text.Json.Serialization;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Search;

namespace HelpBot.Bot.Json;

/// <summary>A routing decision exactly as <c>ask --json</c> prints it (Contracts: "ask --json").</summary>
public sealed record DecisionJson(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("urgency")] string Urgency,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("emergency")] bool Emergency,
    [property: JsonPropertyName("handoff")] bool Handoff,
    [property: JsonPropertyName("ward")] string? Ward,
    [property: JsonPropertyName("counters")] IReadOnlyList<CounterJson> Counters,
    [property: JsonPropertyName("passages")] IReadOnlyList<PassageJson> Passages)
{
    public static DecisionJson From(RoutingDecision d) => new(
        d.Kind.ToName(),
        d.Urgency.ToName(),
        d.Confidence,
        d.Reason,
        d.Emergency,
        d.Handoff,
        d.Ward,
        d.Counters.Select(CounterJson.From).ToList(),
        d.Passages.Select(PassageJson.From).ToList());
}

public sealed record CounterJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("phone_label")] string? PhoneLabel,
    [property: JsonPropertyName("hours")] string? Hours,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("verified")] string Verified)
{
    public static CounterJson From(Counter c) =>
        new(c.Id, c.Name, c.Phone, c.PhoneLabel, c.Hours, c.Address, c.Url, c.Verified.ToString("yyyy-MM-dd"));
}

public sealed record PassageJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("collection")] string Collection,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("score")] double Score)
{
    public static PassageJson From(Passage p) => new(
        p.Document.Id,
        p.Document.Title,
        p.Document.Collection.ToString().ToLowerInvariant(),
        p.Document.Source,
        p.Document.Url,
        p.Snippet,
        Math.Round(p.Score, 4));
}
