using System.Text.Json;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Tests.Support;

/// <summary>One resident's conversation in a test: send activities, run their turns, read what came back.</summary>
public sealed class ConversationDriver(BotHarness harness, string id, string channel, string? userId)
{
    private long _seen;
    private readonly List<string> _transcript = [];

    public string Id => id;

    /// <summary>The conversation so far as readable lines: what the resident said, what the bot sent, what was recorded internally.</summary>
    public IReadOnlyList<string> Transcript => _transcript;

    public Task<IReadOnlyList<Activity>> SayAsync(string text) =>
        SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            ChannelId = channel,
            From = new ChannelAccount { Id = userId, Role = "user" },
        });

    public Task<IReadOnlyList<Activity>> OpenAsync() =>
        SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, ChannelId = channel, From = new ChannelAccount { Id = userId } });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        if (activity.IsMessage) _transcript.Add("住民: " + activity.Text);
        await harness.Store.AppendInboundAsync(id, activity);
        await harness.ProcessAsync(id);
        return await ReadNewAsync();
    }

    /// <summary>Activities stored since the last read (resident-visible and internal).</summary>
    public async Task<IReadOnlyList<Activity>> ReadNewAsync()
    {
        var stored = await harness.Store.ReadAsync(id, _seen, includeInternal: true);
        if (stored.Count > 0) _seen = stored[^1].Seq;
        var outbound = stored.Where(s => s.Direction == ActivityDirection.Outbound).Select(s => s.Activity).ToList();
        foreach (var a in outbound) _transcript.AddRange(Render(a));
        return outbound;
    }

    public async Task<DialogStateView> StateAsync() =>
        new((await harness.Store.GetAsync(id))?.State);

    private static IEnumerable<string> Render(Activity a)
    {
        if (a.Visibility == Visibility.Internal)
        {
            yield return $"（内部）{a.Type} {a.Name} {Summary(a)}";
            yield break;
        }
        if (a.Text is { Length: > 0 } text) yield return "ボット: " + text.Replace("\n", " ⏎ ");
        foreach (var attachment in a.Attachments ?? [])
        {
            var card = HeroCard.From(attachment);
            if (card is null)
            {
                yield return $"  [添付 {attachment.ContentType}]";
                continue;
            }
            yield return $"  ┌ カード: {card.Title}";
            if (card.Subtitle is not null) yield return $"  │ {card.Subtitle}";
            if (card.Text is not null) foreach (var line in card.Text.Split('\n')) yield return $"  │ {line}";
            yield return "  └ " + string.Join(" ", card.Buttons.Select(b => $"[{b.Title} → {b.StringValue}]"));
        }
        if (a.SuggestedActions is { } s) yield return "  選択肢: " + string.Join(" ", s.Actions.Select(x => $"[{x.Title}]"));
    }

    /// <summary>The stable part of an internal event (kinds and flags, not scores, which move with tuning).</summary>
    private static string Summary(Activity a)
    {
        if (a.Value is not { ValueKind: JsonValueKind.Object } v) return "";
        var keys = new[] { "kind", "urgency", "ward", "handoff", "consent", "helpful" };
        return string.Join(" ", keys.Where(k => v.TryGetProperty(k, out _)).Select(k => $"{k}={v.GetProperty(k)}"));
    }
}
