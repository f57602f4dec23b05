using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Storage;

/// <summary>An activity as the transcript holds it: its place in the conversation (the watermark) and direction.</summary>
public sealed record StoredActivity(string ConversationId, long Seq, Activity Activity, ActivityDirection Direction, DateTimeOffset CreatedAt)
{
    public string Id => Activity.Id ?? $"{ConversationId}|{Seq:D7}";
}
