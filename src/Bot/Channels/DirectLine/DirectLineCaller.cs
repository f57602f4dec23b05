namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Who is calling: a server-to-server client holding the secret, or a client holding a conversation's token.</summary>
public sealed record DirectLineCaller(bool HasSecret, DirectLineToken? Token)
{
    public static DirectLineCaller Secret { get; } = new(true, null);

    public static DirectLineCaller With(DirectLineToken token) => new(false, token);

    public bool MayAccess(string conversationId) => HasSecret || Token?.ConversationId == conversationId;
}
