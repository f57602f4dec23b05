namespace HelpBot.Bot.Activities;

/// <summary>The Activity types HelpBot sends and understands (Bot Framework Activity schema).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string ConversationUpdate = "conversationUpdate";
}
