using System.Text.Json.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>The answer to a posted activity: the id its echo will carry.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);
