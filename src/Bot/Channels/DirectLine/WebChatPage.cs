using System.Security.Cryptography;
using HelpBot.Bot.Hosting;
using Microsoft.Extensions.FileProviders;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The residents' chat page at <c>/</c>: wwwroot/index.html with a fresh nonce per request, under a
/// Content-Security-Policy as strict as Web Chat allows — scripts only from this host, styles from
/// this host or carrying the nonce (Web Chat's own style elements get it through its <c>nonce</c>
/// option), connections only back to this host, framing only by the configured origins.
/// </summary>
public sealed class WebChatPage(IWebHostEnvironment environment, DirectLineOptions options, RetentionOptions retention)
{
    public const string NoncePlaceholder = "{{nonce}}";
    public const string RetentionPlaceholder = "{{retentionDays}}";

    /// <summary>
    /// The hash of an empty style element. A style library inside Web Chat creates one without the nonce and
    /// fills it through the CSS object model (which CSP does not govern); an empty element carries nothing.
    /// </summary>
    public const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private string? _template;

    public IResult Serve(HttpContext context)
    {
        var template = _template ??= Load(environment.WebRootFileProvider)?.Replace(RetentionPlaceholder, retention.Days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (template is null) return Results.NotFound();
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy(context.Request, nonce);
        headers.CacheControl = "no-store";
        return Results.Content(template.Replace(NoncePlaceholder, nonce), "text/html; charset=utf-8");
    }

    public string Policy(HttpRequest request, string nonce)
    {
        var host = request.Host.Value;
        var ancestors = string.Join(' ', options.AllowedOrigins.Prepend("'self'"));
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            "worker-src 'self' blob:",
            $"connect-src 'self' ws://{host} wss://{host}",
            "manifest-src 'self'",
            $"frame-ancestors {ancestors}",
            "base-uri 'none'",
            "form-action 'none'");
    }

    private static string? Load(IFileProvider files)
    {
        var file = files.GetFileInfo("index.html");
        if (!file.Exists) return null;
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
