using System.Text.Json.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Errors in the Direct Line shape, <c>{"error":{"code","message"}}</c>. The status codes and the
/// codes are stable (clients act on them: DirectLineJS treats 403 as an expired token, 404 as ended).
/// Messages are for developers, in English; they never echo a token or a resident's text.
/// </summary>
public static class DirectLineErrors
{
    public const string BadArgument = "BadArgument";
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string TokenExpired = "TokenExpired";
    public const string NotFound = "NotFound";
    public const string TooLarge = "RequestTooLarge";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string TooManyRequests = "TooManyRequests";
    public const string ServiceError = "ServiceError";

    public static IResult Result(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), statusCode: status);

    public static IResult Bad(string message) => Result(StatusCodes.Status400BadRequest, BadArgument, message);

    public static IResult MissingToken() =>
        Result(StatusCodes.Status401Unauthorized, Unauthorized, "An Authorization header with a Bearer token or secret is required.");

    public static IResult InvalidToken() => Result(StatusCodes.Status401Unauthorized, Unauthorized, "The token is not valid.");

    public static IResult Expired() => Result(StatusCodes.Status403Forbidden, TokenExpired, "The token has expired.");

    public static IResult WrongConversation() =>
        Result(StatusCodes.Status403Forbidden, Forbidden, "The token is not valid for this conversation.");

    public static IResult SecretRequired() => Result(StatusCodes.Status403Forbidden, Forbidden, "This operation needs the Direct Line secret.");

    public static IResult ConversationNotFound() => Result(StatusCodes.Status404NotFound, NotFound, "The conversation does not exist.");

    public static IResult BodyTooLarge() =>
        Result(StatusCodes.Status413PayloadTooLarge, TooLarge, $"The request body is larger than {DirectLineOptions.MaxBodyBytes} bytes.");

    public static IResult NotJson() =>
        Result(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType, "The request body must be application/json.");

    /// <summary>Writes an error directly, for middleware that has no endpoint result to return (rate limiting, failures).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorResponse(new ErrorBody(code, message)));
    }

    private sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorBody Error);

    private sealed record ErrorBody([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);
}
