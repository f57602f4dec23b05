namespace HelpBot.Bot.Hosting;

/// <summary>
/// A Content-Security-Policy and the usual hardening headers on every response: scripts and styles
/// only from this server, no framing, no plug-ins. The residents' page sets its own, stricter-where-it-can
/// policy (a nonce for Web Chat's styles, framing by the configured origins); it is left as it is.
/// </summary>
public static class SecurityHeaders
{
    public const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy")) headers["Content-Security-Policy"] = Strict;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
