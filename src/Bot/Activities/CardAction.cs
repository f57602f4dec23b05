using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

/// <summary>A button: imBack (posts its text, shown in history), postBack (posts its value, not shown), messageBack, openUrl, call.</summary>
public sealed record CardAction
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }
    [JsonPropertyName("imageAltText")] public string? ImageAltText { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }

    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = CardActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };

    public static CardAction PostBack(string title, string value) =>
        new() { Type = CardActionTypes.PostBack, Title = title, Value = JsonSerializer.SerializeToElement(value) };

    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = CardActionTypes.OpenUrl, Title = title, Value = JsonSerializer.SerializeToElement(url) };

    public static CardAction Call(string title, string phone) =>
        new() { Type = CardActionTypes.Call, Title = title, Value = JsonSerializer.SerializeToElement(TelUri.For(phone)) };

    /// <summary>The string value, or null when the value is not a string.</summary>
    [JsonIgnore] public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
