using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace HelpBot.DirectLine.Load;

/// <summary>
/// N residents at once, each in their own conversation: post a message, then wait until a reply
/// from the bot is readable — on the conversation's WebSocket stream, or by polling the activities
/// after the watermark; that span is one turn. Again and again until the time is up. The same
/// client for HelpBot and for the ceiling.
/// </summary>
public static class TurnDriver
{
    private static readonly string[] Worries =
    [
        "中原区に住む母が最近もの忘れがひどくて心配です",
        "川崎区で子育ての相談をしたい",
        "高津区の父の介護保険の申請はどこですか",
        "麻生区でボランティアをしたい",
    ];

    public static async Task<LevelResult> RunAsync(Uri server, int conversations, TimeSpan duration, TimeSpan poll, bool stream)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var ready = await Task.WhenAll(Enumerable.Range(0, conversations).Select(_ => OpenAsync(http, poll, stream)));
        var latencies = new List<double>[conversations];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ready.Select((conversation, i) => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            var turn = i;
            while (clock.Elapsed < duration)
            {
                try
                {
                    mine.Add(await TurnAsync(http, conversation, Worries[turn++ % Worries.Length], poll));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        foreach (var conversation in ready) await conversation.CloseAsync();
        return LevelResult.From(conversations, latencies.SelectMany(l => l).ToList(), elapsed, errors);
    }

    private sealed class Conversation(string id, string token)
    {
        public string Id { get; } = id;
        public string Token { get; } = token;
        public string Watermark { get; set; } = "";
        public ClientWebSocket? Socket { get; set; }
        /// <summary>One item per activity set from the stream that carries a bot message.</summary>
        public Channel<bool> Replies { get; } = Channel.CreateUnbounded<bool>();
        public Task? Receiving { get; set; }

        public async Task CloseAsync()
        {
            if (Socket is null) return;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
            if (Receiving is not null) await Receiving;
            Socket.Dispose();
        }
    }

    private static async Task<Conversation> OpenAsync(HttpClient http, TimeSpan poll, bool stream)
    {
        var page = JsonNode.Parse(await (await http.PostAsync("/api/webchat/token", null)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var conversation = new Conversation((string)page["conversationId"]!, (string)page["token"]!);
        JsonNode started;
        using (var start = Request(HttpMethod.Post, "/v3/directline/conversations", conversation, "{}"))
            started = JsonNode.Parse(await (await http.SendAsync(start)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        if (stream)
        {
            conversation.Socket = new ClientWebSocket();
            await conversation.Socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
            conversation.Receiving = ReceiveAsync(conversation);
        }
        await WaitForBotAsync(http, conversation, poll); // the welcome
        return conversation;
    }

    private static async Task ReceiveAsync(Conversation conversation)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await conversation.Socket!.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var bytes = message.ToArray();
                message.SetLength(0);
                if (bytes.Length == 0) continue; // keep-alive
                var set = JsonNode.Parse(bytes)!;
                if (set["activities"]!.AsArray().Any(a => (string?)a?["from"]?["role"] == "bot" && (string?)a?["type"] != "typing"))
                    conversation.Replies.Writer.TryWrite(true);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            conversation.Replies.Writer.TryComplete();
        }
    }

    /// <returns>Milliseconds from sending the POST to reading the bot's reply.</returns>
    private static async Task<double> TurnAsync(HttpClient http, Conversation conversation, string text, TimeSpan poll)
    {
        var body = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "load", ["role"] = "user" },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        }.ToJsonString();
        var watch = Stopwatch.StartNew();
        using (var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation, body))
            (await http.SendAsync(post)).EnsureSuccessStatusCode();
        await WaitForBotAsync(http, conversation, poll);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task WaitForBotAsync(HttpClient http, Conversation conversation, TimeSpan poll)
    {
        if (conversation.Socket is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await conversation.Replies.Reader.ReadAsync(timeout.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException("no reply within 30 s");
            }
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException("the stream closed");
            }
        }
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={conversation.Watermark}", conversation);
            var set = JsonNode.Parse(await (await http.SendAsync(get)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
            if ((string?)set["watermark"] is { Length: > 0 } mark) conversation.Watermark = mark;
            if (set["activities"]!.AsArray().Any(a => (string?)a?["from"]?["role"] == "bot")) return;
            await Task.Delay(poll);
        }
        throw new InvalidOperationException("no reply within 30 s");
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, Conversation conversation, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }
}
