using Microsoft.AspNetCore.Http.Json;

namespace HelpBot.Bot.Staff;

/// <summary>
/// Bad bodies sent to the staff and editor APIs (malformed JSON, a wrong content type, more than 64 KB)
/// get the API's JSON error shape with a clear message, not an empty 400.
/// </summary>
public static class ApiBadRequests
{
    public const long MaxBody = 64 * 1024;

    public static IServiceCollection AddApiBadRequests(this IServiceCollection services)
    {
        // Minimal APIs set 400 silently by default; throwing lets the middleware below write the reason.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseApiBadRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var api = context.Request.Path.StartsWithSegments("/api/staff") || context.Request.Path.StartsWithSegments("/api/editor");
        if (api && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBody;
        try
        {
            await next();
        }
        catch (BadHttpRequestException e) when (api && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
        }
        // Some refusals (a wrong content type) set the status without a body or an exception.
        if (api && !context.Response.HasStarted && context.Response.StatusCode is 400 or 413 or 415)
            await WriteAsync(context.Response);
    });

    private static Task WriteAsync(HttpResponse response)
    {
        var (code, message) = response.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => ("too_large", $"送信できる大きさは {MaxBody / 1024} KB までです"),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "JSON（application/json）で送ってください"),
            _ => ("bad_request", "送られた内容を読み取れませんでした（JSON の形を確かめてください）"),
        };
        return response.WriteAsJsonAsync(new { error = new { code, message } });
    }
}
