using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Bot.Activities;

/// <summary>The Bot Framework hero card: title, subtitle, text and buttons.</summary>
public sealed record HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("buttons")] public IReadOnlyList<CardAction> Buttons { get; init; } = [];

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(this, ActivityJson.Options),
    };

    public static HeroCard? From(Attachment attachment) =>
        attachment.ContentType == ContentType && attachment.Content is { } content
            ? content.Deserialize<HeroCard>(ActivityJson.Options)
            : null;
}
