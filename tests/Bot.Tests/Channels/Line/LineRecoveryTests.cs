using HelpBot.Bot.Activities;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support.Line;
using HelpBot.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>
/// A crash at the worst moments, made by writing the state a dead process leaves into the data folder
/// while no server runs, then starting one on it: nothing is lost and nothing is sent twice.
/// </summary>
public sealed class LineRecoveryTests
{
    [Fact]
    public async Task An_event_appended_just_before_a_crash_is_not_appended_again_and_is_answered_once()
    {
        var data = NewDataFolder();
        await using var api = await FakeLineApi.StartAsync();
        await (await LineHarness.StartAsync(dataPath: data, api: api)).DisposeAsync(); // schema and keys
        var user = LineEvents.UserId("crash-after-append");
        var e = LineEvents.Text(user, "武蔵小杉に住む母がもの忘れがひどくて心配です");
        var parsed = LineWebhookEvent.ParseBody(LineEvents.Body(e))!.Single();

        // The dead process had stored the event, appended its activity, and died before marking it processed.
        var (database, clock) = Open(data);
        await new SqliteLineInboxStore(database, new LineWriteGate(), clock).AddAsync([(parsed, clock.GetUtcNow())]);
        var conversations = new SqliteConversationStore(database, clock);
        var conversationId = Ids(data).For(user);
        await conversations.EnsureAsync(conversationId, "line", user);
        await conversations.AppendInboundAsync(conversationId, LineInboundMapper.ToActivity(parsed, clock.GetUtcNow())!);

        await using var line = await LineHarness.StartAsync(dataPath: data, api: api);
        await line.SettleAsync();
        Assert.Single(await line.InboundAsync(user));
        var reply = Assert.Single(line.Api.Calls);
        Assert.Equal(LineEvents.ReplyToken(e), reply.ReplyToken);
        Delete(data);
    }

    [Fact]
    public async Task Replies_committed_just_before_a_crash_are_sent_at_start()
    {
        var data = NewDataFolder();
        await using var api = await FakeLineApi.StartAsync();
        var user = LineEvents.UserId("crash-after-commit");
        var e = LineEvents.Text(user, "介護の相談をしたい");
        await using (var before = await LineHarness.StartAsync(dataPath: data, api: api))
        {
            await before.PostAsync(e);
            await before.SettleAsync();
        }
        Assert.Single(api.Calls);

        // The dead process had committed a turn (a staff member's reply, say) and died before the outbox heard of it.
        var (database, clock) = Open(data);
        var conversationId = Ids(data).For(user);
        var inbound = (await new SqliteConversationStore(database, clock).ReadAsync(conversationId, 0, includeInternal: false))
            .First(a => a.Direction == ActivityDirection.Inbound);
        await new SqliteConversationStore(database, clock).CommitTurnAsync(new TurnCommit
        {
            ConversationId = conversationId,
            Outbound =
            [
                Activity.Message("お待たせしました。中原区役所の担当です。") with
                {
                    From = new ChannelAccount { Id = "staff-1", Name = "中原区役所 地域みまもり支援センター", Role = "staff" },
                    ReplyToId = inbound.Id,
                },
                Activity.Event("handoff.status", new { state = "accepted" }),
            ],
        });

        await using var line = await LineHarness.StartAsync(dataPath: data, api: api);
        var calls = await api.WaitAsync(c => c.Count(x => x.IsMessageSend) == 2);
        await line.SettleAsync();
        var push = calls.Where(c => c.IsMessageSend).Last();
        // Its reply token was spent on the first answer: a push, under the counter's name, nothing internal.
        Assert.True(push.IsPush);
        Assert.Equal("お待たせしました。中原区役所の担当です。", Assert.Single(push.Texts));
        Assert.Equal("中原区役所 地域みまもり支援センター", push.Messages[0]!["sender"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("handoff", push.Body);
        Assert.Empty(LineMessageShapes.Problems(push));
        await Task.Delay(300);
        Assert.Equal(2, api.Calls.Count(c => c.IsMessageSend));
        Delete(data);
    }

    [Fact]
    public async Task Replies_of_a_conversation_the_outbox_has_never_seen_are_sent_at_start()
    {
        // A turn that ran at start, before the outbox listened and before anything LINE-side had made the
        // conversation's watermark row: the start-up scan must still find its replies (a flaky settle once).
        var data = NewDataFolder();
        await using var api = await FakeLineApi.StartAsync();
        await (await LineHarness.StartAsync(dataPath: data, api: api)).DisposeAsync(); // schema and keys
        var user = LineEvents.UserId("never-planned");
        var (database, clock) = Open(data);
        var conversations = new SqliteConversationStore(database, clock);
        var conversationId = Ids(data).For(user);
        await conversations.EnsureAsync(conversationId, LineInboundMapper.ChannelId, user);
        await conversations.CommitTurnAsync(new TurnCommit
        {
            ConversationId = conversationId,
            Outbound = [Activity.Message("お待たせしました。高津区役所の担当です。")],
        });

        await using var line = await LineHarness.StartAsync(dataPath: data, api: api);
        var calls = await api.WaitAsync(c => c.Any(x => x.IsMessageSend));
        await line.SettleAsync();
        var push = Assert.Single(calls, c => c.IsMessageSend);
        Assert.True(push.IsPush);
        Assert.Equal("お待たせしました。高津区役所の担当です。", Assert.Single(push.Texts));
        Delete(data);
    }

    [Fact]
    public async Task A_delivery_pending_at_a_crash_is_sent_at_start_with_its_reply_token_while_young()
    {
        var data = NewDataFolder();
        await using var api = await FakeLineApi.StartAsync();
        var user = LineEvents.UserId("crash-before-send");
        var e = LineEvents.Text(user, "介護の相談をしたい");
        // LINE does not answer while the first server runs: the delivery stays pending.
        for (var i = 0; i < 3; i++) api.Script(FakeLineApi.ReplyPath, 503);
        await using (var before = await LineHarness.StartAsync(new() { ["Line:HttpRetries"] = "0", ["Line:SendRetryDelaySeconds"] = "3600" }, dataPath: data, api: api))
        {
            await before.PostAsync(e);
            await api.WaitAsync(c => c.Any(x => x.IsReply));
            var pending = Assert.Single(await before.Outbox.UndeliveredAsync());
            Assert.Equal(LineDeliveryStatus.Pending, pending.Status);
        }

        await using var line = await LineHarness.StartAsync(dataPath: data, api: api);
        await line.SettleAsync();
        var replies = api.Calls.Where(c => c.IsReply).ToList();
        Assert.Equal(200, replies[^1].Status);
        Assert.Equal(LineEvents.ReplyToken(e), replies[^1].ReplyToken);
        Assert.DoesNotContain(api.Calls, c => c.IsPush);
        Delete(data);
    }

    private static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "helpbot-line-recovery-" + Guid.NewGuid().ToString("N"));

    private static (SqliteDatabase Database, FixedClock Clock) Open(string data) =>
        (SqliteDatabase.InDataFolder(data), new FixedClock(ContentFolder.Today));

    private static LineConversationIds Ids(string data) =>
        LineConversationIds.FromConfiguration(new ConfigurationBuilder().Build(), data);

    private static void Delete(string data)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }
}
