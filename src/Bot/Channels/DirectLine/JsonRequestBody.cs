using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads a JSON request body of at most <see cref="DirectLineOptions.MaxBodyBytes"/>: 415 for another
/// content type, 413 when larger (whether or not Content-Length says so), 400 for malformed JSON.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The body as JSON, null when there is none (and <paramref name="required"/> is false), or the error to answer.</summary>
    public static async Task<(JsonElement? Json, IResult? Error)> ReadAsync(HttpRequest request, bool required, CancellationToken ct)
    {
        if (request.ContentLength > DirectLineOptions.MaxBodyBytes) return (null, DirectLineErrors.BodyTooLarge());
        var (bytes, error) = await ReadBytesAsync(request, ct);
        if (error is not null) return (null, error);
        if (bytes!.Length == 0)
            return required ? (null, DirectLineErrors.Bad("A JSON body is required.")) : (null, null);
        if (!IsJson(request.ContentType)) return (null, DirectLineErrors.NotJson());
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, DirectLineErrors.Bad("The body must be a JSON object."));
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Bad("The body is not valid JSON."));
        }
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<(byte[]? Bytes, IResult? Error)> ReadBytesAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = DirectLineOptions.MaxBodyBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > DirectLineOptions.MaxBodyBytes) return (null, DirectLineErrors.BodyTooLarge());
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, DirectLineErrors.BodyTooLarge());
        }
        return (buffer.ToArray(), null);
    }
}
