using System.Net;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Tests.Support.Line;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>What goes back to LINE: reply first, push when the token is spent or old, retries, the outbox.</summary>
public sealed class LineDeliveryTests
{
    [Fact]
    public async Task A_message_is_answered_with_its_reply_token_and_the_bearer_token()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("reply");
        var e = LineEvents.Text(user, "母の介護のことで相談したいです。中原区に住んでいます。");
        await line.PostAsync(e);
        await line.SettleAsync();

        var call = Assert.Single(line.Api.Calls);
        Assert.True(call.IsReply);
        Assert.Equal(LineEvents.ReplyToken(e), call.ReplyToken);
        Assert.Equal("Bearer " + line.Api.AccessToken, call.Header("Authorization"));
        Assert.Empty(LineMessageShapes.Problems(call));
        Assert.Equal("reply", await MethodAsync(line, user));
    }

    [Fact]
    public async Task A_follow_is_welcomed_with_the_topics_as_quick_replies()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("follow");
        var follow = LineEvents.Follow(user);
        await line.PostAsync(follow);
        await line.SettleAsync();

        var call = Assert.Single(line.Api.Calls);
        Assert.Equal(LineEvents.ReplyToken(follow), call.ReplyToken);
        Assert.Contains("こんにちは", call.Texts[0]);
        var quick = call.Messages[^1]!["quickReply"]!["items"]!.AsArray();
        Assert.Contains(quick, i => i!["action"]!["type"]!.GetValue<string>() == "message" && i["action"]!["text"]!.GetValue<string>() == "介護のこと");
        Assert.Empty(LineMessageShapes.Problems(call));
    }

    [Fact]
    public async Task A_spent_reply_token_falls_back_to_a_push_with_a_retry_key()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("spent");
        var e = LineEvents.Text(user, "子育てがつらいです。川崎区です。");
        line.Api.ExpiredTokens[LineEvents.ReplyToken(e)] = true;
        await line.PostAsync(e);
        await line.SettleAsync();

        var calls = line.Api.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[0].IsReply);
        Assert.Equal(400, calls[0].Status);
        Assert.True(calls[1].IsPush);
        Assert.Equal(user, calls[1].To);
        var delivery = Assert.Single(await line.DeliveriesAsync(user));
        Assert.Equal(delivery.Id, calls[1].RetryKey);
        Assert.Equal(calls[0].Body.Replace($"\"replyToken\":\"{LineEvents.ReplyToken(e)}\"", $"\"to\":\"{user}\""), calls[1].Body);
        Assert.Empty(LineMessageShapes.Problems(calls[1]));
        Assert.Equal("push", await MethodAsync(line, user));
    }

    [Fact]
    public async Task A_turn_that_outlives_the_reply_token_shows_the_loading_animation_and_is_pushed()
    {
        var gate = new TurnGate();
        await using var line = await LineHarness.StartAsync(new() { ["Line:LoadingAfterMilliseconds"] = "100" },
            services => services.AddSingleton<ITurnMiddleware>(gate));
        var user = LineEvents.UserId("slow");
        var e = LineEvents.Text(user, TurnGate.Marker + "父の介護が心配です。高津区です。");
        await line.PostAsync(e);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        var loading = (await line.Api.WaitAsync(c => c.Any(x => x.IsLoading))).Single(x => x.IsLoading);
        Assert.Equal(user, loading.Json["chatId"]!.GetValue<string>());
        Assert.Empty(LineMessageShapes.Problems(loading));

        line.Server.Clock.Advance(TimeSpan.FromSeconds(55));
        gate.Open();
        await line.SettleAsync();

        var sends = line.Api.Calls.Where(c => c.IsMessageSend).ToList();
        var push = Assert.Single(sends);
        Assert.True(push.IsPush);
        Assert.Equal(user, push.To);
        Assert.Equal(200, push.Status);
    }

    [Fact]
    public async Task A_fast_turn_shows_no_loading_animation()
    {
        await using var line = await LineHarness.StartAsync(new() { ["Line:LoadingAfterMilliseconds"] = "2000" });
        var user = LineEvents.UserId("fast");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await line.PostAsync(LineEvents.Text(user, "介護の相談をしたい"));
        await line.SettleAsync();
        var took = watch.Elapsed;
        if (took > TimeSpan.FromMilliseconds(1500)) Assert.Skip($"the machine is too busy: the turn took {took.TotalMilliseconds:F0} ms");
        await Task.Delay(TimeSpan.FromMilliseconds(2500) - took); // past the moment the animation would have started
        Assert.DoesNotContain(line.Api.Calls, c => c.IsLoading);
    }

    [Fact]
    public async Task A_push_answered_429_is_retried_after_Retry_After_with_the_same_retry_key()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("busy");
        var e = LineEvents.Text(user, "介護の相談をしたい");
        line.Api.ExpiredTokens[LineEvents.ReplyToken(e)] = true;
        line.Api.Script(FakeLineApi.PushPath, 429, "Too Many Requests", retryAfterSeconds: 1);
        await line.PostAsync(e);
        await line.SettleAsync();

        var pushes = line.Api.Calls.Where(c => c.IsPush).ToList();
        Assert.Equal([429, 200], pushes.Select(p => p.Status));
        Assert.Equal(pushes[0].RetryKey, pushes[1].RetryKey);
        Assert.Equal(pushes[0].Body, pushes[1].Body);
        Assert.True(pushes[1].At - pushes[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(pushes[1].At - pushes[0].At).TotalMilliseconds} ms");
        Assert.Equal(LineDeliveryStatus.Sent, Assert.Single(await line.DeliveriesAsync(user)).Status);
    }

    [Fact]
    public async Task A_reply_answered_503_is_retried_with_backoff()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("unavailable");
        line.Api.Script(FakeLineApi.ReplyPath, 503).Script(FakeLineApi.ReplyPath, 500);
        await line.PostAsync(LineEvents.Text(user, "介護の相談をしたい"));
        await line.SettleAsync();

        Assert.Equal([503, 500, 200], line.Api.Calls.Where(c => c.IsReply).Select(c => c.Status));
        Assert.Equal("reply", await MethodAsync(line, user));
    }

    [Fact]
    public async Task A_push_whose_answer_was_lost_is_delivered_once()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("lost");
        var e = LineEvents.Text(user, "介護の相談をしたい");
        line.Api.ExpiredTokens[LineEvents.ReplyToken(e)] = true;
        // LINE takes the push but the answer never arrives intact; the retry with the same key is a duplicate.
        line.Api.Script(FakeLineApi.PushPath, 500, deliverAnyway: true);
        await line.PostAsync(e);
        await line.SettleAsync();

        var pushes = line.Api.Calls.Where(c => c.IsPush).ToList();
        Assert.Equal([500, 409], pushes.Select(p => p.Status));
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
        Assert.Equal(LineDeliveryStatus.Sent, Assert.Single(await line.DeliveriesAsync(user)).Status);
    }

    [Fact]
    public async Task What_LINE_refuses_stays_in_the_outbox_for_operators_and_later_answers_still_go()
    {
        var logs = new CapturingLoggerProvider();
        await using var line = await LineHarness.StartAsync(services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var user = LineEvents.UserId("refused");
        line.Api.Script(FakeLineApi.ReplyPath, 400, "The request body has 1 error(s)");
        await line.PostAsync(LineEvents.Text(user, "介護の相談をしたい"));
        await line.SettleAsync();
        await line.PostAsync(LineEvents.Text(user, "子育てのことも聞きたい"));
        await line.SettleAsync();

        var failed = Assert.Single(await line.Outbox.UndeliveredAsync());
        Assert.Equal(LineDeliveryStatus.Failed, failed.Status);
        Assert.Equal(line.ConversationId(user), failed.ConversationId);
        Assert.Contains("400", failed.LastError);
        var deliveries = await line.DeliveriesAsync(user);
        Assert.Equal([LineDeliveryStatus.Failed, LineDeliveryStatus.Sent], deliveries.Select(d => d.Status));
        Assert.Contains(logs.Messages, m => m.Contains("Warning") && m.Contains(failed.Id) && m.Contains("stays in the outbox"));
    }

    [Fact]
    public async Task Deleting_the_history_forgets_the_replies_still_waiting_in_the_outbox()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("erase");
        line.Api.Script(FakeLineApi.ReplyPath, 400, "The request body has 1 error(s)");
        await line.PostAsync(LineEvents.Text(user, "母がもの忘れをするようになって心配です"));
        await line.SettleAsync();
        var failed = Assert.Single(await line.Outbox.UndeliveredAsync());
        Assert.NotNull((await line.Outbox.GetAsync(failed.Id))!.Messages);

        await line.PostAsync(LineEvents.Text(user, "履歴を消して"));
        await line.SettleAsync();

        Assert.Empty(await line.Outbox.UndeliveredAsync());
        var erased = (await line.Outbox.GetAsync(failed.Id))!;
        Assert.Equal(LineDeliveryStatus.Skipped, erased.Status);
        Assert.Null(erased.Messages);
        Assert.Null(erased.ReplyToken);
        // The confirmation itself still reaches the resident.
        Assert.Equal([LineDeliveryStatus.Skipped, LineDeliveryStatus.Sent], (await line.DeliveriesAsync(user)).Select(d => d.Status));
    }

    [Fact]
    public async Task After_an_unfollow_nothing_is_sent_until_the_resident_follows_again()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("unfollow");
        await line.PostAsync(LineEvents.Unfollow(user));
        await line.SettleAsync();
        // A message LINE delivered late, after the unfollow: it is kept, answered in the transcript, not sent.
        var late = LineEvents.Text(user, "介護の相談をしたい");
        await line.PostAsync(late);
        await line.SettleAsync();
        Assert.Empty(line.Api.Calls);
        Assert.Equal(LineDeliveryStatus.Skipped, Assert.Single(await line.DeliveriesAsync(user)).Status);

        var follow = LineEvents.Follow(user, unblocked: true);
        await line.PostAsync(follow);
        await line.SettleAsync();
        var call = Assert.Single(line.Api.Calls);
        Assert.Equal(LineEvents.ReplyToken(follow), call.ReplyToken);
    }

    [Fact]
    public async Task A_postback_reaches_the_dialog_as_its_data()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("postback");
        await line.PostAsync(LineEvents.Text(user, "父の介護が心配です"));
        await line.SettleAsync();
        var choice = LineEvents.Postback(user, "中原区");
        await line.PostAsync(choice);
        await line.SettleAsync();

        Assert.Equal("中原区", (await line.InboundAsync(user))[^1].Text);
        var answer = Assert.Single(line.SendsTo(user, [choice]));
        Assert.Contains(answer.Messages, m => m!["type"]!.GetValue<string>() == "flex");
        Assert.Contains(answer.Texts, t => t.Contains("中原区"));
    }

    [Fact]
    public async Task Logs_never_show_the_LINE_user_id_or_what_the_resident_wrote()
    {
        var logs = new CapturingLoggerProvider();
        await using var line = await LineHarness.StartAsync(services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var user = LineEvents.UserId("private");
        const string text = "隣の山田さんのことで相談したいです";
        var e = LineEvents.Text(user, text);
        line.Api.ExpiredTokens[LineEvents.ReplyToken(e)] = true;
        line.Api.Script(FakeLineApi.PushPath, 400, "Invalid request");
        await line.PostAsync(LineEvents.Follow(user), e, LineEvents.Unfollow(user));
        await line.SettleAsync();

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(user));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(text) || m.Contains("山田"));
    }

    [Fact]
    public async Task Every_request_of_many_dialog_paths_is_within_LINE_limits_and_shapes()
    {
        await using var line = await LineHarness.StartAsync();
        string[][] conversations =
        [
            ["父の介護が心配です", "中原区", "はい"],
            ["My mother has dementia and I am worried", "いいえ", "いいえ", "はい", "はい"],
            ["認知症の父が息してない", "死にたい"],
            ["人と話したい", "はい"],
            ["明日の天気はどうですか", "履歴を消して", "最初から"],
            [new string('あ', 2500)],
        ];
        var all = new List<System.Text.Json.Nodes.JsonObject>();
        for (var i = 0; i < conversations.Length; i++)
        {
            var user = LineEvents.UserId($"shapes-{i}");
            var follow = LineEvents.Follow(user);
            all.Add(follow);
            await line.PostAsync(follow);
            foreach (var text in conversations[i])
            {
                var e = LineEvents.Text(user, text);
                all.Add(e);
                await line.PostAsync(e);
                await line.SettleAsync();
            }
        }
        var sends = line.Api.Calls.Where(c => c.IsMessageSend).ToList();
        Assert.True(sends.Count >= 15, $"only {sends.Count} sends");
        Assert.All(sends, c => Assert.Equal(200, c.Status));
        Assert.Empty(sends.SelectMany(LineMessageShapes.Problems));
        Assert.Contains(sends, c => c.Messages.Any(m => m!["contents"]?["type"]?.GetValue<string>() == "carousel"));
        Assert.DoesNotContain(sends, c => c.Body.Contains("helpbot.") || c.Body.Contains("handoff."));
        Assert.Empty(await line.Outbox.UndeliveredAsync());
    }

    private static async Task<string?> MethodAsync(LineHarness line, string user)
    {
        var delivery = (await line.DeliveriesAsync(user)).Single();
        return (await line.Outbox.GetAsync(delivery.Id))?.Method;
    }
}
