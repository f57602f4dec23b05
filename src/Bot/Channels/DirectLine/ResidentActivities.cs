using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// What a Direct Line client may read from a transcript: the resident's own activities (the echoes
/// Web Chat waits for) and the bot's replies — never internal ones (handoff events, routing, notes),
/// never the conversationUpdate that opened the conversation, never typing (which is only live).
/// </summary>
public static class ResidentActivities
{
    public const int PageSize = 500;

    public static bool IsServed(StoredActivity stored) =>
        stored.Activity.Visibility == Visibility.Resident
        && stored.Activity.Type is not (ActivityTypes.ConversationUpdate or ActivityTypes.Typing or "handoff");

    /// <summary>One page after <paramref name="afterSeq"/>: the served activities and the last sequence number read (served or not).</summary>
    public static async Task<(IReadOnlyList<Activity> Activities, long LastSeq, bool More)> ReadPageAsync(
        IConversationStore store, string conversationId, long afterSeq, CancellationToken ct)
    {
        var page = await store.ReadAsync(conversationId, afterSeq, includeInternal: false, PageSize, ct);
        var last = page.Count > 0 ? page[^1].Seq : afterSeq;
        return (page.Where(IsServed).Select(s => s.Activity).ToList(), last, page.Count == PageSize);
    }

    /// <summary>The sequence number of the newest activity a client could read; a stream that starts there sends only what comes next.</summary>
    public static async Task<long> LastSeqAsync(IConversationStore store, string conversationId, CancellationToken ct)
    {
        long last = 0;
        while (true)
        {
            var (_, seq, more) = await ReadPageAsync(store, conversationId, last, ct);
            last = seq;
            if (!more) return last;
        }
    }
}
