namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// <c>POST /api/line/webhook</c>: reads the raw body (at most <see cref="LineOptions.MaxBodyBytes"/>),
/// checks <c>x-line-signature</c> (401 when missing or wrong), reads the events leniently and stores
/// every one in the inbox in one transaction (shared with calls arriving at the same moment, see
/// <see cref="LineInboxWriter"/>) before answering 200 — processing happens in the background. An empty event list (LINE's connection check) is 200. With the channel off, 404.
/// </summary>
public static class LineWebhookEndpoint
{
    public const string Path = "/api/line/webhook";

    public static IEndpointRouteBuilder MapLine(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        LineOptions options,
        LineSignatureVerifier verifier,
        LineInboxWriter inbox,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        if (!options.Enabled) return Results.NotFound();
        var request = http.Request;
        if (request.ContentLength > options.MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadBodyAsync(request.Body, options.MaxBodyBytes, http.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!verifier.Verify(body, request.Headers[LineSignatureVerifier.Header]))
        {
            loggers.CreateLogger(typeof(LineWebhookEndpoint)).LogWarning("LINE webhook refused: signature missing or wrong");
            return Results.Unauthorized();
        }
        var events = LineWebhookEvent.ParseBody(body);
        if (events is null) return Results.BadRequest();
        if (events.Count == 0) return Results.Ok();
        await inbox.StoreAsync(events, clock.GetUtcNow(), http.RequestAborted);
        return Results.Ok();
    }

    /// <returns>The body, or null when it is longer than <paramref name="max"/>.</returns>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
