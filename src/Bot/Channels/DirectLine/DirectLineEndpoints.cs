namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Maps Direct Line 3.0 under <c>/v3/directline</c>, <c>POST /api/webchat/token</c> and the residents'
/// page at <c>/</c> (<c>app.MapDirectLine()</c>), and the middleware they need: forwarded headers,
/// rate limits, CORS, WebSockets (<c>app.UseDirectLine()</c>).
/// </summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    /// <summary>The middleware the channel needs, early in the pipeline: forwarded headers, rate limits, CORS, WebSockets.</summary>
    public static WebApplication UseDirectLine(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRateLimiter();
        app.UseCors();
        app.UseWebSockets();
        app.Use(PageOnlyAtRootAsync);
        return app;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.MapGet("/", (HttpContext context, WebChatPage page) => page.Serve(context)).ExcludeFromDescription();

        var starts = app.MapGroup("").AddEndpointFilter<DirectLineGuard>()
            .RequireCors(DirectLineCors.Policy).RequireRateLimiting(DirectLineRateLimits.Starts);
        starts.MapPost("/api/webchat/token", TokenHandlers.WebChatToken);
        starts.MapPost(Prefix + "/tokens/generate", TokenHandlers.Generate);
        starts.MapPost(Prefix + "/conversations", ConversationHandlers.Start);

        var calls = app.MapGroup(Prefix).AddEndpointFilter<DirectLineGuard>()
            .RequireCors(DirectLineCors.Policy).RequireRateLimiting(DirectLineRateLimits.Calls);
        calls.MapPost("/tokens/refresh", TokenHandlers.Refresh);
        calls.MapGet("/conversations/{conversationId}", ConversationHandlers.Reconnect);
        calls.MapGet("/conversations/{conversationId}/activities", ConversationHandlers.GetActivities);
        calls.MapPost("/conversations/{conversationId}/activities", ConversationHandlers.PostActivity);
        calls.MapPost("/conversations/{conversationId}/upload", ConversationHandlers.Upload);
        calls.MapGet("/conversations/{conversationId}/stream", ConversationHandlers.Stream);
        calls.Map("/{**rest}", () => DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "There is no such Direct Line endpoint."));
        return app;
    }

    /// <summary>The page is only served with its nonce and policy, at /.</summary>
    private static Task PageOnlyAtRootAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.Equals("/index.html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect("/");
            return Task.CompletedTask;
        }
        return next();
    }
}
