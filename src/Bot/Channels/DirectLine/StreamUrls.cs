namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket URL for a conversation, on the host and scheme the client used (behind a TLS proxy,
/// the forwarded headers make it <c>wss://</c>). Preauthorised by the token in <c>t</c>; the watermark
/// says where the stream starts.
/// </summary>
public static class StreamUrls
{
    public static string For(HttpRequest request, string conversationId, long watermark, string token) =>
        $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{DirectLineEndpoints.Prefix}/conversations/"
        + $"{Uri.EscapeDataString(conversationId)}/stream?watermark={Watermarks.Format(watermark)}&t={Uri.EscapeDataString(token)}";
}
