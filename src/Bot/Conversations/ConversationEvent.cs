using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Conversations;

/// <summary>What just happened in a conversation: activities committed to its transcript, or a live typing signal.</summary>
public sealed record ConversationEvent(string ConversationId, string Channel, IReadOnlyList<StoredActivity> Committed, Activity? Live = null, StoredActivity? Inbound = null);
