using System.Text.Json;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The conversation endpoints of Direct Line 3.0: start, reconnect, read activities (polling), post
/// an activity, upload (refused), and the WebSocket stream. A token's holder reaches only its own
/// conversation, which starts (greeting included) the first time the holder touches it.
/// </summary>
public static class ConversationHandlers
{
    public static async Task<IResult> Start(HttpContext context, DirectLineAuthenticator auth, DirectLineTokenService tokens, DirectLineConversations conversations)
    {
        var (caller, error) = auth.FromHeader(context);
        if (caller is null) return error!;
        var (body, bodyError) = await JsonRequestBody.ReadAsync(context.Request, required: false, context.RequestAborted);
        if (bodyError is not null) return bodyError;
        var locale = body is { } b && b.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        if (locale is { Length: > 35 }) locale = null;

        IssuedToken token;
        if (caller.Token is { } held)
        {
            if (await conversations.GetAsync(held.ConversationId, context.RequestAborted) is null
                && await ExistsElsewhereAsync(conversations, held.ConversationId, context)) return DirectLineErrors.ConversationNotFound();
            token = tokens.Issue(held.ConversationId, held.UserId);
        }
        else
        {
            var (userId, userError) = TokenHandlers.UserIdFrom(body);
            if (userError is not null) return userError;
            token = tokens.Issue(ConversationIds.NewConversation(), userId ?? ConversationIds.NewUser());
        }
        var id = token.Grant.ConversationId;
        var (started, watermark) = await conversations.StartAsync(id, token.Grant.UserId, locale, context.RequestAborted);
        if (!started) watermark = await ResidentActivities.LastSeqAsync(conversations.Store, id, context.RequestAborted);
        var response = ConversationResponse.From(token, StreamUrls.For(context.Request, id, watermark, token.Token));
        return started ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Ok(response);
    }

    public static async Task<IResult> Reconnect(HttpContext context, string conversationId, string? watermark,
        DirectLineAuthenticator auth, DirectLineTokenService tokens, DirectLineConversations conversations)
    {
        var (caller, record, error) = await OpenAsync(context, conversationId, auth, conversations);
        if (error is not null) return error;
        if (!Watermarks.TryParse(watermark, out var from)) return DirectLineErrors.Bad("The watermark is not one this service gave.");
        if (string.IsNullOrEmpty(watermark)) from = await ResidentActivities.LastSeqAsync(conversations.Store, conversationId, context.RequestAborted);
        var token = tokens.Issue(conversationId, caller!.Token?.UserId ?? record!.UserId ?? "user");
        return Results.Ok(ConversationResponse.From(token, StreamUrls.For(context.Request, conversationId, from, token.Token)));
    }

    public static async Task<IResult> GetActivities(HttpContext context, string conversationId, string? watermark,
        DirectLineAuthenticator auth, DirectLineConversations conversations)
    {
        var (_, _, error) = await OpenAsync(context, conversationId, auth, conversations);
        if (error is not null) return error;
        if (!Watermarks.TryParse(watermark, out var after)) return DirectLineErrors.Bad("The watermark is not one this service gave.");
        var (activities, last, _) = await ResidentActivities.ReadPageAsync(conversations.Store, conversationId, after, context.RequestAborted);
        var mark = last > after || !string.IsNullOrEmpty(watermark) ? Watermarks.Format(last) : null;
        return Results.Text(new ActivitySet(activities, mark).ToJson(), "application/json; charset=utf-8");
    }

    public static async Task<IResult> PostActivity(HttpContext context, string conversationId,
        DirectLineAuthenticator auth, DirectLineConversations conversations, DirectLineOptions options)
    {
        var (caller, _, error) = await OpenAsync(context, conversationId, auth, conversations);
        if (error is not null) return error;
        var (json, bodyError) = await JsonRequestBody.ReadAsync(context.Request, required: true, context.RequestAborted);
        if (bodyError is not null) return bodyError;
        var (activity, invalid) = InboundActivities.From(json!.Value, conversationId, caller!, options.MaxTextLength);
        if (invalid is not null) return invalid;
        // Typing from a client is accepted and dropped: typing is never stored or replayed.
        if (activity!.Type == ActivityTypes.Typing) return Results.Ok(new ResourceResponse($"{conversationId}|typing"));
        var stored = await conversations.PostAsync(conversationId, activity, context.RequestAborted);
        return Results.Ok(new ResourceResponse(stored.Id));
    }

    public static async Task<IResult> Upload(HttpContext context, string conversationId, DirectLineAuthenticator auth, DirectLineConversations conversations)
    {
        var (_, _, error) = await OpenAsync(context, conversationId, auth, conversations);
        if (error is not null) return error;
        if (context.Request.ContentLength > DirectLineOptions.MaxBodyBytes) return DirectLineErrors.BodyTooLarge();
        return DirectLineErrors.Bad("Files are not accepted here. Please describe the matter in a message instead.");
    }

    public static async Task<IResult> Stream(HttpContext context, string conversationId, string? watermark, string? t,
        DirectLineAuthenticator auth, DirectLineConversations conversations, ActivityStreamer streamer)
    {
        var credential = t;
        if (string.IsNullOrEmpty(credential) && context.Request.Headers.Authorization.ToString() is { Length: > 7 } header
            && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) credential = header[7..].Trim();
        var (_, _, error) = await OpenAsync(context, conversationId, auth, conversations, credential);
        if (error is not null) return error;
        if (!Watermarks.TryParse(watermark, out var from)) return DirectLineErrors.Bad("The watermark is not one this service gave.");
        if (!context.WebSockets.IsWebSocketRequest) return DirectLineErrors.Bad("The stream is a WebSocket; connect with an Upgrade request.");
        if (string.IsNullOrEmpty(watermark)) from = await ResidentActivities.LastSeqAsync(conversations.Store, conversationId, context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await streamer.RunAsync(socket, conversationId, from, context.RequestAborted);
        return Results.Empty;
    }

    /// <summary>
    /// Authenticates the caller for the conversation and finds it. A token's holder starts its
    /// conversation on first use; a secret holder must name one that exists.
    /// </summary>
    private static async Task<(DirectLineCaller? Caller, ConversationRecord? Record, IResult? Error)> OpenAsync(
        HttpContext context, string conversationId, DirectLineAuthenticator auth, DirectLineConversations conversations, string? queryCredential = null)
    {
        var (caller, error) = queryCredential is null
            ? auth.ForConversation(context, conversationId)
            : auth.ForConversation(context, conversationId, queryCredential, fromQuery: true);
        if (caller is null) return (null, null, error);
        var record = await conversations.GetAsync(conversationId, context.RequestAborted);
        if (record is null && caller.Token is { } token && !await ExistsElsewhereAsync(conversations, conversationId, context))
        {
            await conversations.StartAsync(conversationId, token.UserId, locale: null, context.RequestAborted);
            record = await conversations.GetAsync(conversationId, context.RequestAborted);
        }
        return record is null ? (null, null, DirectLineErrors.ConversationNotFound()) : (caller, record, null);
    }

    private static async Task<bool> ExistsElsewhereAsync(DirectLineConversations conversations, string conversationId, HttpContext context) =>
        await conversations.Store.GetAsync(conversationId, context.RequestAborted) is not null;
}
