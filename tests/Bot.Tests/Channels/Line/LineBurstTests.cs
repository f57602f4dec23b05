using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support.Line;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>
/// 1,000 webhook events posted as fast as the server takes them, with the server stopped and started
/// again on the same data folder in the middle: every event acknowledged (an event whose post failed
/// is redelivered, as LINE does), every one answered, none answered twice, each user's in order.
/// </summary>
public sealed class LineBurstTests
{
    private const int Users = 250;
    private const int EventsPerUser = 4;
    private const int Concurrency = 16;

    private static readonly string[] Worries =
    [
        "武蔵小杉に住む母がもの忘れがひどくて心配です",
        "父の介護のことで相談したいです。高津区です。",
        "子育てがつらいです。川崎区に住んでいます。",
        "明日の天気はどうですか",
        "障害のある子どもの福祉サービスについて知りたい。多摩区です。",
        "生活に困っていてお金がありません。幸区です。",
    ];

    [Fact]
    public async Task A_thousand_events_are_all_acknowledged_and_answered_once_across_a_restart()
    {
        var data = Path.Combine(Path.GetTempPath(), "helpbot-line-burst-" + Guid.NewGuid().ToString("N"));
        await using var api = await FakeLineApi.StartAsync();
        var events = Enumerable.Range(0, Users).Select(u =>
        {
            var user = LineEvents.UserId($"burst-{u}");
            return Enumerable.Range(0, EventsPerUser).Select(k => LineEvents.Text(user, Worries[(u + k) % Worries.Length])).ToList();
        }).ToList();

        LineHarness? current = await LineHarness.StartAsync(dataPath: data, api: api);
        LineHarness? first = current;
        var acknowledged = 0;
        var redeliveries = 0;
        using var slots = new SemaphoreSlim(Concurrency);
        var restart = Task.CompletedTask;
        try
        {
            async Task PostAsync(JsonObject e)
            {
                var attempt = e;
                while (true)
                {
                    var target = Volatile.Read(ref current);
                    if (target is null)
                    {
                        await Task.Delay(50); // the server is restarting
                        continue;
                    }
                    {
                        await slots.WaitAsync();
                        try
                        {
                            if ((await target.PostAsync(attempt)).StatusCode == HttpStatusCode.OK)
                            {
                                Interlocked.Increment(ref acknowledged);
                                return;
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ObjectDisposedException)
                        {
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }
                    // Not acknowledged: LINE sends it again later, marked as a redelivery.
                    attempt = LineEvents.Redelivered(e);
                    Interlocked.Increment(ref redeliveries);
                    await Task.Delay(20);
                }
            }

            async Task UserAsync(IReadOnlyList<JsonObject> userEvents)
            {
                foreach (var e in userEvents) await PostAsync(e); // one user's events in order, as LINE sends them
            }

            var posting = Task.WhenAll(events.Select(u => Task.Run(() => UserAsync(u))));
            while (Volatile.Read(ref acknowledged) < Users * EventsPerUser * 2 / 5) await Task.Delay(5);
            var acknowledgedAtStop = 0;
            var answeredAtStop = 0;
            restart = Task.Run(async () =>
            {
                Volatile.Write(ref current, null);
                acknowledgedAtStop = Volatile.Read(ref acknowledged);
                answeredAtStop = api.AcceptedCount;
                await first.DisposeAsync();
                first = null;
                Volatile.Write(ref current, await LineHarness.StartAsync(dataPath: data, api: api));
            });
            await restart;
            await posting.WaitAsync(TimeSpan.FromMinutes(5));
            var line = current!;
            await line.SettleAsync(TimeSpan.FromMinutes(5));

            Assert.Equal(Users * EventsPerUser, acknowledged);
            TestContext.Current.SendDiagnosticMessage(
                $"stopped after {acknowledgedAtStop} acknowledged and {answeredAtStop} answered; {redeliveries} redeliveries; {api.AcceptedCount} requests accepted");
            Assert.InRange(acknowledgedAtStop, 1, Users * EventsPerUser - 1);
            var outbox = line.Server.Services.GetRequiredService<ILineOutboxStore>();
            var sentDeliveries = 0;
            foreach (var userEvents in events)
            {
                var user = userEvents[0]["source"]!["userId"]!.GetValue<string>();
                var transcript = await line.TranscriptAsync(user);
                var inbound = transcript.Where(a => a.Direction == ActivityDirection.Inbound).ToList();
                // Each event once, in the order the user sent them.
                Assert.Equal(userEvents.Select(LineEvents.EventId), inbound.Select(a => LineInboundMapper.WebhookEventIdOf(a.Activity)));
                var deliveries = await outbox.ForConversationAsync(line.ConversationId(user));
                Assert.All(deliveries, d => Assert.Equal(LineDeliveryStatus.Sent, d.Status));
                // Each event answered: a sent delivery replies to it.
                Assert.Equal(inbound.Select(a => a.Id), deliveries.Select(d => d.ReplyToId).Distinct());
                sentDeliveries += deliveries.Count;
            }
            // None twice: LINE accepted exactly one request per delivery, never saw a reply token twice
            // (that would be 400) nor a retry key twice (409), and every request was in shape.
            var sends = api.Calls.Where(c => c.IsMessageSend).ToList();
            Assert.Equal(sentDeliveries, api.AcceptedCount);
            Assert.DoesNotContain(sends, c => c.Status is 400 or 409);
            Assert.Equal(sends.Count(c => c.IsReply), sends.Where(c => c.IsReply).Select(c => c.ReplyToken).Distinct().Count());
            Assert.Empty(sends.SelectMany(LineMessageShapes.Problems).Distinct());
        }
        finally
        {
            await restart.ContinueWith(_ => { });
            if (first is not null) await first.DisposeAsync();
            if (current is not null && current != first) await current.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
