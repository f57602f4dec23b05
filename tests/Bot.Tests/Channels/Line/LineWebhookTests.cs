using System.Net;
using System.Text;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Tests.Support;
using HelpBot.Bot.Tests.Support.Line;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>The webhook over real HTTP: who may post, what is stored, what is ignored.</summary>
public sealed class LineWebhookTests
{
    [Fact]
    public async Task A_good_signature_is_accepted_and_a_wrong_or_missing_one_is_401()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("signature");
        var body = LineEvents.Body(LineEvents.Text(user, "こんにちは"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await line.PostRawAsync(body, sign: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await line.PostRawAsync(body, signature: LineSignatureVerifier.Sign("another-secret", body))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await line.PostRawAsync(body, signature: "not base64 at all")).StatusCode);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("こんにちは", "こんばんは"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await line.PostRawAsync(tampered, signature: LineSignatureVerifier.Sign(LineHarness.Secret, body))).StatusCode);
        await line.SettleAsync();
        Assert.Empty(await line.InboundAsync(user));

        Assert.Equal(HttpStatusCode.OK, (await line.PostRawAsync(body)).StatusCode);
        await line.SettleAsync();
        Assert.Single(await line.InboundAsync(user));
    }

    [Fact]
    public async Task An_empty_event_list_is_200_and_an_unsigned_one_is_still_401()
    {
        await using var line = await LineHarness.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await line.PostAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await line.PostRawAsync("""{"destination":"U0","events":[]}"""u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await line.PostRawAsync("""{"destination":"U0","events":[]}"""u8.ToArray(), sign: false)).StatusCode);
        Assert.Empty(line.Api.Calls);
    }

    [Fact]
    public async Task Signed_nonsense_is_400_and_a_body_over_the_cap_is_413()
    {
        await using var line = await LineHarness.StartAsync(new() { ["Line:MaxBodyBytes"] = "2048" });
        Assert.Equal(HttpStatusCode.BadRequest, (await line.PostRawAsync("not json"u8.ToArray())).StatusCode);
        var big = LineEvents.Body(LineEvents.Text(LineEvents.UserId("big"), new string('あ', 3000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await line.PostRawAsync(big)).StatusCode);
    }

    [Fact]
    public async Task Without_a_channel_secret_the_webhook_is_404_and_the_log_says_LINE_is_off_once()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await HelpBotServer.StartAsync(services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        using var client = server.Client();
        var body = LineEvents.Body(LineEvents.Text(LineEvents.UserId("off"), "こんにちは"));
        using var content = new ByteArrayContent(body);
        var response = await client.PostAsync(LineWebhookEndpoint.Path, content);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(logs.Messages, m => m.Contains("LINE is off"));
    }

    [Fact]
    public async Task Every_event_of_a_body_is_stored_and_a_redelivered_one_is_processed_once()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("redelivery");
        var first = LineEvents.Text(user, "母の介護のことで相談したいです。中原区に住んでいます。");
        var second = LineEvents.Text(user, "ありがとう");

        Assert.Equal(HttpStatusCode.OK, (await line.PostAsync(first, second)).StatusCode);
        // LINE did not see our 200 in time and sends the same events again, marked as redelivered.
        Assert.Equal(HttpStatusCode.OK, (await line.PostAsync(LineEvents.Redelivered(first), LineEvents.Redelivered(second))).StatusCode);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => line.PostAsync(LineEvents.Redelivered(first))));
        await line.SettleAsync();

        var inbound = await line.InboundAsync(user);
        Assert.Equal(["母の介護のことで相談したいです。中原区に住んでいます。", "ありがとう"], inbound.Select(a => a.Text));
        // Each event answered once: its deliveries all sent, LINE accepting exactly as many requests as there are deliveries.
        var deliveries = await line.DeliveriesAsync(user);
        Assert.All(deliveries, d => Assert.Equal(LineDeliveryStatus.Sent, d.Status));
        Assert.Equal(inbound.Select(a => a.Id), deliveries.Select(d => d.ReplyToId).Distinct());
        Assert.Equal(deliveries.Count, line.SendsTo(user, [first, second]).Count(c => c.Accepted));
    }

    [Fact]
    public async Task Standby_events_get_no_reply_and_group_events_are_ignored()
    {
        await using var line = await LineHarness.StartAsync();
        var standby = LineEvents.UserId("standby");
        var member = LineEvents.UserId("group-member");
        var active = LineEvents.UserId("active");
        var standbyEvent = LineEvents.Text(standby, "介護の相談をしたい", mode: "standby");
        var groupEvent = LineEvents.GroupText("C0123456789abcdef0123456789abcdef", member, "介護の相談をしたい");
        var activeEvent = LineEvents.Text(active, "介護の相談をしたい");

        Assert.Equal(HttpStatusCode.OK, (await line.PostAsync(standbyEvent, groupEvent, activeEvent)).StatusCode);
        await line.SettleAsync();

        Assert.Empty(await line.InboundAsync(standby));
        Assert.Empty(await line.InboundAsync(member));
        Assert.Empty(line.SendsTo(standby, [standbyEvent]));
        Assert.Empty(line.SendsTo(member, [groupEvent]));
        Assert.NotEmpty(line.SendsTo(active, [activeEvent]));
    }

    [Fact]
    public async Task An_inbound_activity_carries_the_reply_token_event_id_and_arrival_and_a_sticker_is_asked_for_words()
    {
        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("sticker");
        var sticker = LineEvents.Sticker(user);
        await line.PostAsync(sticker);
        await line.SettleAsync();

        var inbound = Assert.Single(await line.InboundAsync(user));
        Assert.Equal(ActivityTypes.Message, inbound.Type);
        Assert.Equal("line", inbound.ChannelId);
        Assert.Equal(user, inbound.From?.Id);
        var data = inbound.ChannelData!.Value;
        Assert.Equal(LineEvents.ReplyToken(sticker), data.GetProperty("replyToken").GetString());
        Assert.Equal(LineEvents.EventId(sticker), data.GetProperty("webhookEventId").GetString());
        Assert.Equal(line.Server.Clock.GetUtcNow(), data.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.DoesNotContain(user, line.ConversationId(user));

        var reply = Assert.Single(line.SendsTo(user, [sticker]));
        Assert.Contains(reply.Texts, t => t.Contains("文字で書いてください"));
    }
}
