namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>A token as handed to a client.</summary>
public sealed record IssuedToken(string Token, DirectLineToken Grant, int ExpiresIn);
