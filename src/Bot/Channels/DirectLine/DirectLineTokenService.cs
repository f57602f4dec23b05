using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks conversation-scoped tokens. A token is the Data Protection encryption of
/// (conversation id, user id, expiry), so it cannot be read, altered or forged without the keys in
/// the data folder. The expiry inside is checked against the server's clock; the time-limited
/// protector adds a hard stop a day later, so even a wrong clock cannot revive an old token.
/// </summary>
public sealed class DirectLineTokenService
{
    public const string Purpose = "HelpBot.DirectLine.Token.v1";

    /// <summary>How long after its expiry a token is still recognised as ours (and answered with TokenExpired).</summary>
    public static readonly TimeSpan Recognition = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _protector;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    public DirectLineTokenService(IDataProtectionProvider provider, DirectLineOptions options, TimeProvider clock)
    {
        _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();
        _options = options;
        _clock = clock;
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        var expires = _clock.GetUtcNow() + _options.TokenLifetime;
        var payload = JsonSerializer.Serialize(new Payload(conversationId, userId, expires.ToUnixTimeSeconds()));
        // The protector's own stop runs on the machine clock, the expiry inside on the server's clock.
        var token = _protector.Protect(payload, _options.TokenLifetime + Recognition);
        return new IssuedToken(token, new DirectLineToken(conversationId, userId, expires), _options.TokenLifetimeSeconds);
    }

    public (TokenStatus Status, DirectLineToken? Token) Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096) return (TokenStatus.Invalid, null);
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return (TokenStatus.Invalid, null);
        }
        if (payload is not { C.Length: > 0, U.Length: > 0 }) return (TokenStatus.Invalid, null);
        var grant = new DirectLineToken(payload.C, payload.U, DateTimeOffset.FromUnixTimeSeconds(payload.E));
        return grant.ExpiresAt <= _clock.GetUtcNow() ? (TokenStatus.Expired, grant) : (TokenStatus.Valid, grant);
    }

    private sealed record Payload(
        [property: JsonPropertyName("c")] string C,
        [property: JsonPropertyName("u")] string U,
        [property: JsonPropertyName("e")] long E);
}
