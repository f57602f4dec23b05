using System.Security.Cryptography;
using System.Text;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// Checks <c>x-line-signature</c>: the base64 HMAC-SHA256 of the raw request body keyed with the
/// channel secret, compared in constant time.
/// </summary>
public sealed class LineSignatureVerifier(LineOptions options)
{
    public const string Header = "x-line-signature";

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.ChannelSecret);

    public bool Verify(ReadOnlySpan<byte> body, string? signature)
    {
        if (_secret.Length == 0 || string.IsNullOrWhiteSpace(signature)) return false;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, body, expected);
        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature.Trim(), given, out var length) || length != expected.Length) return false;
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }

    /// <summary>The signature LINE would send for <paramref name="body"/> (for tests and the load driver).</summary>
    public static string Sign(string channelSecret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));
}
