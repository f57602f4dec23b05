using System.Text.Json.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> object; also the body of <c>POST /api/webchat/token</c> (without a stream URL).</summary>
public sealed record ConversationResponse
{
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("token")] public required string Token { get; init; }
    [JsonPropertyName("expires_in")] public required int ExpiresIn { get; init; }

    [JsonPropertyName("streamUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StreamUrl { get; init; }

    public static ConversationResponse From(IssuedToken token, string? streamUrl = null) => new()
    {
        ConversationId = token.Grant.ConversationId,
        Token = token.Token,
        ExpiresIn = token.ExpiresIn,
        StreamUrl = streamUrl,
    };
}
