namespace HelpBot.Bot.Hosting;

/// <summary>
/// A Content-Security-Policy and the usual hardening headers on every response: scripts and styles
/// only from this server, no framing, no plug-ins. The resident page adds what Web Chat needs.
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
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            return Task.CompletedTask;
        });
        await next();
    });
}
