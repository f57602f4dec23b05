using System.Security.Cryptography;
using System.Text;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// The conversation id of a LINE user: a keyed HMAC of the user id, stable for as long as the key is,
/// so the raw LINE id never appears in a conversation id (or in anything that quotes one). The key is
/// <c>Line:ConversationKey</c>, or a random one kept in the data folder beside the log-hash key.
/// </summary>
public sealed class LineConversationIds
{
    public const string Prefix = "line-";

    private readonly byte[] _key;

    public LineConversationIds(byte[] key) => _key = key;

    public static LineConversationIds FromConfiguration(IConfiguration configuration, string dataPath)
    {
        if (configuration["Line:ConversationKey"] is { Length: >= 16 } configured) return new(Encoding.UTF8.GetBytes(configured));
        var path = Path.Combine(dataPath, "keys", "line-conversation.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException)
            {
                // Another process created it first; use theirs.
            }
        }
        return new(File.ReadAllBytes(path));
    }

    public string For(string lineUserId) =>
        Prefix + Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(lineUserId)), 0, 16).ToLowerInvariant();
}
