using HelpBot.Bot.Privacy;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Wraps every Direct Line endpoint: refuses a declared body over the limit before anything reads it,
/// and turns what would escape as an exception into the protocol's error shape (the status of a bad
/// request as Kestrel judged it; 500 ServiceError, logged, for a fault of ours).
/// </summary>
public sealed class DirectLineGuard(ILogger<DirectLineGuard> logger, IdentifierHasher hasher) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (context.Request.ContentLength > DirectLineOptions.MaxBodyBytes) return DirectLineErrors.BodyTooLarge();
        try
        {
            return await next(invocation);
        }
        catch (BadHttpRequestException e)
        {
            return DirectLineErrors.Result(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? DirectLineErrors.TooLarge : DirectLineErrors.BadArgument,
                "The request could not be read.");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
        catch (Exception e)
        {
            var conversation = context.Request.RouteValues.TryGetValue("conversationId", out var id) ? hasher.Hash(id as string) : "-";
            logger.LogError(e, "Direct Line {Method} {Endpoint} failed for {Conversation}", context.Request.Method,
                context.GetEndpoint()?.DisplayName ?? "?", conversation);
            return DirectLineErrors.Result(StatusCodes.Status500InternalServerError, DirectLineErrors.ServiceError, "The service failed; please try again.");
        }
    }
}
