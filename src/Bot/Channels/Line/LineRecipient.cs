namespace HelpBot.Bot.Channels.Line;

/// <summary>Who a LINE conversation sends to: the LINE user id, and whether they unfollowed (then nothing is sent).</summary>
public sealed record LineRecipient(string ConversationId, string? UserId, bool Unfollowed);
