using System.Security.Cryptography;
using System.Text;

namespace HelpBot.Bot.Privacy;

/// <summary>
/// Identifiers (conversation ids, LINE user ids) as keyed HMACs for logs: the same id always gives the
/// same short token, so a log can be followed, but the id cannot be read back without the key.
/// The key is <c>Privacy:HashKey</c>, or a random one kept in the data folder.
/// </summary>
public sealed class IdentifierHasher
{
    private readonly byte[] _key;

    public IdentifierHasher(byte[] key) => _key = key;

    public static IdentifierHasher FromConfiguration(IConfiguration configuration, string dataPath)
    {
        if (configuration["Privacy:HashKey"] is { Length: >= 16 } configured) return new(Encoding.UTF8.GetBytes(configured));
        var path = Path.Combine(dataPath, "keys", "log-hmac.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(fresh);
            }
            catch (IOException)
            {
                // Another process created it first; use theirs.
            }
        }
        return new(File.ReadAllBytes(path));
    }

    public string Hash(string? identifier)
    {
        if (string.IsNullOrEmpty(identifier)) return "-";
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(identifier));
        return Convert.ToHexString(mac, 0, 6).ToLowerInvariant();
    }
}
