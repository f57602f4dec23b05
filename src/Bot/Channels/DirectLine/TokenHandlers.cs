using System.Text.Json;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Tokens: the web page's own (<c>POST /api/webchat/token</c>, no secret anywhere near a browser),
/// generate (secret holders only) and refresh (a token's holder, before it expires).
/// </summary>
public static class TokenHandlers
{
    /// <summary>A new conversation id and a token for it; the conversation starts when the client connects.</summary>
    public static IResult WebChatToken(DirectLineTokenService tokens) =>
        Results.Ok(ConversationResponse.From(tokens.Issue(ConversationIds.NewConversation(), ConversationIds.NewUser())));

    public static async Task<IResult> Generate(HttpContext context, DirectLineAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, error) = auth.FromHeader(context);
        if (caller is null) return error!;
        if (!caller.HasSecret) return DirectLineErrors.SecretRequired();
        var (body, bodyError) = await JsonRequestBody.ReadAsync(context.Request, required: false, context.RequestAborted);
        if (bodyError is not null) return bodyError;
        var (userId, userError) = UserIdFrom(body);
        if (userError is not null) return userError;
        return Results.Ok(ConversationResponse.From(tokens.Issue(ConversationIds.NewConversation(), userId ?? ConversationIds.NewUser())));
    }

    public static IResult Refresh(HttpContext context, DirectLineAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, error) = auth.FromHeader(context);
        if (caller is null) return error!;
        if (caller.Token is not { } token) return DirectLineErrors.Bad("Only tokens are refreshed; the secret does not expire.");
        return Results.Ok(ConversationResponse.From(tokens.Issue(token.ConversationId, token.UserId)));
    }

    /// <summary>The user id of TokenParameters (<c>{"user":{"id"}}</c>), when a secret holder names one.</summary>
    public static (string? UserId, IResult? Error) UserIdFrom(JsonElement? body)
    {
        if (body is not { } json || !json.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object
            || !user.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
            return (null, null);
        if (id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 and <= InboundActivities.MaxIdLength } value)
            return (null, DirectLineErrors.Bad("user.id must be a non-empty string."));
        return (value, null);
    }
}
