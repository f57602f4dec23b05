using System.Security.Cryptography;
using System.Text;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// A delivery's id and <c>X-Line-Retry-Key</c>: a UUID (version 8, RFC 9562) made from the ids of the
/// activities it carries and its place among the turn's requests, so deciding the same delivery again
/// — after a crash, on another node — gives the same key, and LINE delivers a retried push once.
/// </summary>
public static class LineRetryKey
{
    public static string For(IEnumerable<string> activityIds, int requestIndex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("helpbot-line-delivery\n" + string.Join("\n", activityIds) + "\n" + requestIndex));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
