using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_sends_the_greeting_then_the_echo_typing_and_the_answer()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        var started = await session.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);

        var greeting = await ReceiveUntilAsync(socket, sets => sets.Any(s => Activities(s).Any(a => a["suggestedActions"] is not null)));
        Assert.Contains(greeting, s => s is null); // the empty message that opens every stream
        Assert.All(greeting.OfType<JsonNode>(), s => Assert.NotNull((string?)s["watermark"]));

        var id = await session.SayAsync("母が最近もの忘れがひどくて心配です", "c-ws-1");
        var turn = await ReceiveUntilAsync(socket, sets => sets.Any(s => Activities(s).Any(a => DirectLineSession.IsBotText(a, "お住まいの区"))));

        var activities = turn.OfType<JsonNode>().SelectMany(Activities).ToList();
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("c-ws-1", (string?)echo["channelData"]!["clientActivityID"]);
        var typing = Assert.Single(turn.OfType<JsonNode>(), s => Activities(s).Any(a => (string?)a["type"] == "typing"));
        Assert.Null(typing["watermark"]);
        Assert.Equal("bot", (string?)Activities(typing).Single()["from"]!["role"]);
        Assert.DoesNotContain(activities, a => (string?)a["type"] is "event" or "conversationUpdate");
        var (polled, _) = await session.ReadAsync();
        Assert.DoesNotContain(polled, a => (string?)a!["type"] == "typing");

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task Keep_alives_are_empty_messages_and_client_pings_are_ignored()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:StreamKeepAliveSeconds"] = "1" });
        using var session = await DirectLineSession.OpenAsync(server);
        var started = await session.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
        await ReceiveUntilAsync(socket, sets => sets.Any(s => Activities(s).Any(a => a["suggestedActions"] is not null)));

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"not\":\"an activity\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var idle = await ReceiveUntilAsync(socket, sets => sets.Count >= 2, seconds: 5);

        Assert.All(idle, Assert.Null);
        var id = await session.SayAsync("こんにちは");
        await ReceiveUntilAsync(socket, sets => sets.Any(s => Activities(s).Any(a => (string?)a["id"] == id)));
    }

    [Fact]
    public async Task A_stream_from_a_watermark_replays_only_what_came_after()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        await session.WaitForAsync(a => a["suggestedActions"] is not null);
        var (all, watermark) = await session.ReadAsync();
        var first = (string)all[0]!["id"]!;
        var afterFirst = first.Split('|')[1].TrimStart('0');

        var reconnect = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark={afterFirst}");
        var url = (string)JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url), CancellationToken.None);
        var sets = await ReceiveUntilAsync(socket, s => s.Any(x => x is not null && (string?)x["watermark"] == watermark));

        var replayed = sets.OfType<JsonNode>().SelectMany(Activities).Select(a => (string?)a["id"]).ToList();
        Assert.DoesNotContain(first, replayed);
        Assert.Equal(all.Skip(1).Select(a => (string?)a!["id"]), replayed);
    }

    [Fact]
    public async Task A_stream_needs_a_valid_token_for_its_conversation()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var mine = await DirectLineSession.OpenAsync(server);
        using var theirs = await DirectLineSession.OpenAsync(server);
        await theirs.StartAsync();
        var ws = server.BaseAddress.ToString().Replace("http://", "ws://").TrimEnd('/');

        var forged = await ConnectStatusAsync($"{ws}/v3/directline/conversations/{theirs.ConversationId}/stream?t=forged");
        var other = await ConnectStatusAsync($"{ws}/v3/directline/conversations/{theirs.ConversationId}/stream?t={Uri.EscapeDataString(mine.Token)}");
        var none = await ConnectStatusAsync($"{ws}/v3/directline/conversations/{theirs.ConversationId}/stream");

        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal(HttpStatusCode.Unauthorized, none);
    }

    [Fact]
    public async Task Stopping_the_server_closes_open_streams_promptly()
    {
        var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        var started = await session.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
        await ReceiveUntilAsync(socket, sets => sets.Any(s => Activities(s).Any(a => a["suggestedActions"] is not null)));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
    }

    internal static IEnumerable<JsonNode> Activities(JsonNode? set) => set?["activities"]?.AsArray().OfType<JsonNode>() ?? [];

    /// <summary>Receives messages (null for an empty one) until <paramref name="done"/> holds for what came so far.</summary>
    internal static async Task<List<JsonNode?>> ReceiveUntilAsync(WebSocket socket, Func<List<JsonNode?>, bool> done, int seconds = 15)
    {
        var received = new List<JsonNode?>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (!done(received)) received.Add(await ReceiveOneAsync(socket, timeout.Token));
        return received;
    }

    private static async Task<JsonNode?> ReceiveOneAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("the server closed the stream");
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return message.Length == 0 ? null : JsonNode.Parse(message.ToArray());
    }

    private static async Task<HttpStatusCode?> ConnectStatusAsync(string url)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }
}
