using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Bot.Handoff;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Tests.Support;
using HelpBot.Bot.Tests.Support.Line;

namespace HelpBot.Bot.Tests.Staff;

/// <summary>A staff reply reaches the resident on the channel they wrote from.</summary>
public sealed class StaffRelayTests
{
    [Fact]
    public async Task A_web_residents_escalation_answered_through_the_api_reaches_the_direct_line_stream()
    {
        await using var server = await HelpBotServer.StartAsync();
        await server.AddAccountAsync("sato", StaffRoles.Staff);
        using var resident = await DirectLineSession.OpenAsync(server);
        var started = await resident.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        await resident.SayAsync("中原区の母のもの忘れのことで、人と話したい");
        await resident.WaitForAsync(a => DirectLineSession.IsBotText(a, "読んでもよいですか"));
        await resident.SayAsync("はい");
        var escalation = await WaitForEscalationAsync(server, resident.ConversationId);
        using var sato = await server.SignedInAsync("sato");
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{escalation}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{escalation}/reply", new { text = "担当の佐藤です。ご様子を教えてください。" })).StatusCode);

        var reply = await ReadStreamUntilAsync(socket, a => a["text"]?.GetValue<string>() == "担当の佐藤です。ご様子を教えてください。");
        Assert.Equal("staff", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal("中原区の地域包括支援センター", reply["from"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_line_residents_escalation_answered_through_the_api_arrives_as_a_push_in_the_counters_name()
    {
        await using var line = await LineHarness.StartAsync();
        await line.Server.AddAccountAsync("sato", StaffRoles.Staff);
        var user = LineEvents.UserId("relay");
        await line.PostAsync(LineEvents.Text(user, "中原区の母がもの忘れがひどい"));
        await line.SettleAsync();
        await line.PostAsync(LineEvents.Text(user, "人と話したい"));
        await line.SettleAsync();
        await line.PostAsync(LineEvents.Text(user, "はい"));
        await line.SettleAsync();
        var escalation = await WaitForEscalationAsync(line.Server, line.ConversationId(user));
        using var sato = await line.Server.SignedInAsync("sato");
        await sato.PostAsync($"/api/staff/escalations/{escalation}/claim");
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{escalation}/reply", new { text = "担当の佐藤です。" })).StatusCode);
        await line.SettleAsync();

        var push = line.Api.Calls.Last(c => c.IsPush && c.Texts.Contains("担当の佐藤です。"));
        Assert.Equal(user, push.To);
        Assert.NotNull(push.RetryKey);
        var message = push.Messages.OfType<JsonObject>().Single(m => m["text"]?.GetValue<string>() == "担当の佐藤です。");
        Assert.Equal("中原区の地域包括支援センター", message["sender"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("中原区の地域包括支援センター（区役所がご案内します）", "中原区の地域包括支援センター")]
    [InlineData("川崎市の職員", "川崎市の職員")]
    [InlineData("あいうえおかきくけこさしすせそたちつてとなにぬね", "あいうえおかきくけこさしすせそたちつてと")]
    public void The_sender_name_fits_lines_twenty_characters(string name, string expected)
    {
        Assert.Equal(expected, StaffDesk.ShortName(name));
    }

    private static async Task<string> WaitForEscalationAsync(HelpBotServer server, string conversationId)
    {
        for (var i = 0; i < 200; i++)
        {
            var found = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<HelpBot.Bot.Storage.IEscalationStore>(server.Services).ForConversationAsync(conversationId);
            if (found.Count > 0) return found[0].Id;
            await Task.Delay(50);
        }
        throw new TimeoutException("no escalation was made");
    }

    private static async Task<JsonNode> ReadStreamUntilAsync(ClientWebSocket socket, Func<JsonNode, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);
            if (text.Length == 0) continue; // keep-alive
            foreach (var activity in JsonNode.Parse(text.ToString())!["activities"]!.AsArray())
                if (activity is not null && match(activity)) return activity;
        }
    }
}
