using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Dialogs;

/// <summary>Makes the escalation record and its internal <c>handoff.initiate</c> event (the Bot Framework handoff name).</summary>
public static class Escalations
{
    public const string HandoffInitiate = "handoff.initiate";
    public const string HandoffStatus = "handoff.status";

    public static void Start(TurnContext turn, string kind, Urgency urgency, bool consent, string? ward, string? topic, string? reason, string? counterId)
    {
        var record = new EscalationRecord
        {
            Id = "esc-" + Guid.NewGuid().ToString("N")[..12],
            ConversationId = turn.ConversationId,
            Channel = turn.Conversation.Channel,
            Topic = topic,
            Kind = kind,
            Ward = ward,
            Urgency = urgency.ToName(),
            Consent = consent,
            Reason = reason,
            CounterId = counterId,
            CreatedAt = turn.Now,
            UpdatedAt = turn.Now,
        };
        turn.Escalation = record;
        turn.Send(Activity.Event(HandoffInitiate, new
        {
            escalationId = record.Id,
            kind,
            ward,
            urgency = record.Urgency,
            consent,
            topic,
            reason,
            counterId,
        }));
    }
}
