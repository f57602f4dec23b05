using System.Buffers.Text;
using System.Security.Cryptography;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Random, unguessable identifiers (128 bits, URL-safe) for web conversations and their anonymous residents.</summary>
public static class ConversationIds
{
    /// <summary>Direct Line reserves user ids starting <c>dl_</c> for ids embedded in a token, as ours are.</summary>
    public const string UserPrefix = "dl_";

    public static string NewConversation() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUser() => UserPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
}
