using System.Security.Cryptography;
using System.Text;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads the Bearer credential (the Authorization header, or the stream URL's <c>t</c>) and says who
/// the caller is, or which error to answer: 401 without a credential or with one that is not ours,
/// 403 TokenExpired for an expired token, 403 for a token of another conversation.
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineTokenService tokens, DirectLineOptions options)
{
    private readonly byte[]? _secret = options.Secret is { } s ? Encoding.UTF8.GetBytes(s) : null;

    public (DirectLineCaller? Caller, IResult? Error) FromHeader(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
            return (null, DirectLineErrors.MissingToken());
        return FromCredential(header[scheme.Length..].Trim());
    }

    public (DirectLineCaller? Caller, IResult? Error) FromCredential(string? credential)
    {
        if (string.IsNullOrEmpty(credential)) return (null, DirectLineErrors.MissingToken());
        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret))
            return (DirectLineCaller.Secret, null);
        var (status, token) = tokens.Validate(credential);
        return status switch
        {
            TokenStatus.Valid => (DirectLineCaller.With(token!), null),
            TokenStatus.Expired => (null, DirectLineErrors.Expired()),
            _ => (null, DirectLineErrors.InvalidToken()),
        };
    }

    /// <summary>The caller, when it may act on <paramref name="conversationId"/>.</summary>
    public (DirectLineCaller? Caller, IResult? Error) ForConversation(HttpContext context, string conversationId, string? credential = null, bool fromQuery = false)
    {
        var (caller, error) = fromQuery ? FromCredential(credential) : FromHeader(context);
        if (caller is null) return (null, error);
        return caller.MayAccess(conversationId) ? (caller, null) : (null, DirectLineErrors.WrongConversation());
    }
}
