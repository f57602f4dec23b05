namespace HelpBot.Bot.Channels.Line;

/// <summary>A stored webhook event waiting to be turned into an activity: its place in the inbox and when it arrived.</summary>
public sealed record LineInboxItem(long Id, LineWebhookEvent Event, DateTimeOffset ReceivedAt);
