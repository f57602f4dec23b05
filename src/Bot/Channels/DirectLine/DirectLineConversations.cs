using System.Text.Json;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The web conversations in the store (channel <c>directline</c>): starting one (with the
/// conversationUpdate that makes the dialog greet the resident, once) and taking in what a resident posts.
/// </summary>
public sealed class DirectLineConversations(IConversationStore store, TurnQueue queue, ActivityBus bus)
{
    public const string Channel = "directline";

    public IConversationStore Store => store;

    // Starts are rare and short; one at a time keeps two racing requests from greeting twice.
    private readonly SemaphoreSlim _starting = new(1, 1);

    /// <summary>The conversation when it is a Direct Line one; LINE's and others' are not reachable here.</summary>
    public async Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken ct)
    {
        var record = await store.GetAsync(conversationId, ct);
        return record?.Channel == Channel ? record : null;
    }

    /// <summary>
    /// Starts the conversation unless it exists. Returns whether this call started it and the
    /// watermark just before the greeting (so a stream opened from it gets the greeting).
    /// </summary>
    public async Task<(bool Started, long Watermark)> StartAsync(string conversationId, string userId, string? locale, CancellationToken ct)
    {
        await _starting.WaitAsync(ct);
        try
        {
            if (await store.GetAsync(conversationId, ct) is not null) return (false, -1);
            await store.EnsureAsync(conversationId, Channel, userId, ct);
            var update = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                ChannelId = Channel,
                From = new ChannelAccount { Id = userId, Role = "user" },
                Recipient = TurnContext.BotAccount,
                Locale = locale,
                Extra = new Dictionary<string, JsonElement>
                {
                    ["membersAdded"] = JsonSerializer.SerializeToElement(new[] { new ChannelAccount { Id = userId } }, ActivityJson.Options),
                },
            };
            var stored = await store.AppendInboundAsync(conversationId, update, ct);
            queue.Enqueue(conversationId);
            return (true, stored.Seq);
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>
    /// Stores the resident's activity (committed before the client hears back), tells the streams so
    /// the echo goes out at once, and queues the turn. Returns the stored activity with its id.
    /// </summary>
    public async Task<StoredActivity> PostAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        var stored = await store.AppendInboundAsync(conversationId, activity, ct);
        await bus.PublishAsync(new ConversationEvent(conversationId, Channel, [stored]));
        queue.Enqueue(conversationId);
        return stored;
    }
}
