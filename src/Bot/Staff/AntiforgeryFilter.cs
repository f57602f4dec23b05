using Microsoft.AspNetCore.Antiforgery;

namespace HelpBot.Bot.Staff;

/// <summary>Every state-changing staff or editor request must carry the antiforgery token (header X-CSRF-TOKEN).</summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return ApiErrors.Error(400, "antiforgery", "画面を読み込み直してから、もう一度お試しください");
            }
        }
        return await next(context);
    }
}
