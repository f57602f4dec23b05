using System.Text;
using HelpBot.Bot.Channels.Line;

namespace HelpBot.Bot.Tests.Channels.Line;

public sealed class LineSignatureVerifierTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"destination":"U0","events":[{"type":"message","message":{"type":"text","text":"こんにちは"}}]}""");

    // Computed independently: base64(HMAC-SHA256(secret, body)) with Python's hmac module.
    private const string Expected = "a7r2J8MFM7+g1vRf+lL8C2TuUua91x9nRW2DBfizy70=";

    private static LineSignatureVerifier Verifier(string secret = Secret) => new(new LineOptions { ChannelSecret = secret });

    [Fact]
    public void The_signature_is_the_base64_HMAC_SHA256_of_the_raw_body()
    {
        Assert.Equal(Expected, LineSignatureVerifier.Sign(Secret, Body));
        Assert.True(Verifier().Verify(Body, Expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-base64!")]
    [InlineData("a7r2J8MFM7+g1vRf+lL8C2TuUua91x9nRW2DBfizy70")]
    [InlineData("b7r2J8MFM7+g1vRf+lL8C2TuUua91x9nRW2DBfizy70=")]
    [InlineData("a7r2J8MFM7+g1vRf+lL8C2TuUua91x9nRW2DBfizy70=a7r2")]
    [InlineData("AAAA")]
    public void A_missing_or_wrong_signature_fails(string? signature) => Assert.False(Verifier().Verify(Body, signature));

    [Fact]
    public void A_changed_body_or_another_secret_fails()
    {
        var changed = Body.ToArray();
        changed[^3] ^= 1;
        Assert.False(Verifier().Verify(changed, Expected));
        Assert.False(Verifier("another-secret").Verify(Body, Expected));
        Assert.False(Verifier("").Verify(Body, LineSignatureVerifier.Sign("", Body)));
    }
}
