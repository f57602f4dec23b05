using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge;

namespace HelpBot.Bot.Conversations;

/// <summary>
/// One turn: the resident's activity, the conversation and its state, the knowledge generation the
/// turn runs on, and what the turn decides to send and store. Nothing is written until the turn ends.
/// </summary>
public sealed class TurnContext
{
    public required ConversationRecord Conversation { get; init; }
    public required StoredActivity Inbound { get; init; }
    public required KnowledgeBase Knowledge { get; init; }
    public required DateTimeOffset Now { get; init; }

    /// <summary>The dialog's state as JSON; the dialog reads and replaces it.</summary>
    public string? State { get; set; }

    public List<Activity> Outbound { get; } = [];

    public EscalationRecord? Escalation { get; set; }

    /// <summary>Set when the resident asked to delete the conversation; the processor does it before committing.</summary>
    public bool DeleteHistory { get; set; }

    /// <summary>Set by middleware that answered the turn itself (an emergency); the dialog then only records state.</summary>
    public bool Handled { get; set; }

    /// <summary>What middleware found out for the dialog (safety matches and the like).</summary>
    public Dictionary<string, object> Items { get; } = [];

    public string ConversationId => Conversation.Id;

    public string? Text => Inbound.Activity.Text;

    public void Send(Activity activity) => Outbound.Add(activity with
    {
        ChannelId = activity.ChannelId ?? Inbound.Activity.ChannelId,
        From = activity.From ?? BotAccount,
        Recipient = activity.Recipient ?? Inbound.Activity.From,
        ReplyToId = activity.ReplyToId ?? Inbound.Activity.Id,
        Timestamp = Now,
    });

    public static ChannelAccount BotAccount { get; } = new() { Id = "helpbot", Name = "HelpBot", Role = "bot" };
}
