using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// A resident's web conversation as a test drives it over real HTTP: the page's token, then the
/// Direct Line calls a client makes, with helpers to wait for the bot's replies.
/// </summary>
public sealed class DirectLineSession : IDisposable
{
    private readonly HttpClient _http;

    private DirectLineSession(HttpClient http, string conversationId, string token)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }
    public string Token { get; private set; }
    public HttpClient Http => _http;

    /// <summary>What the web page does: <c>POST /api/webchat/token</c>.</summary>
    public static async Task<DirectLineSession> OpenAsync(HelpBotServer server)
    {
        var http = server.Client();
        var response = await http.PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new DirectLineSession(http, (string)body["conversationId"]!, (string)body["token"]!);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? token = null) =>
        _http.SendAsync(Request(method, path, json, token));

    public async Task<JsonNode> StartAsync(HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", """{"user":{"id":"r_test"},"locale":"ja-JP"}""");
        Assert.Equal(expected, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Token = (string)body["token"]!;
        return body;
    }

    public async Task<string> SayAsync(string text, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "r_test", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    /// <summary>GET activities after <paramref name="watermark"/> (the empty string, as DirectLineJS first sends it, by default).</summary>
    public async Task<(JsonArray Activities, string? Watermark)> ReadAsync(string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body["activities"]!.AsArray(), (string?)body["watermark"]);
    }

    /// <summary>Polls until the transcript has an activity matching <paramref name="match"/>; returns everything read.</summary>
    public async Task<JsonArray> WaitForAsync(Func<JsonNode, bool> match, string watermark = "")
    {
        for (var i = 0; i < 200; i++)
        {
            var (activities, _) = await ReadAsync(watermark);
            if (activities.Any(a => a is not null && match(a))) return activities;
            await Task.Delay(50);
        }
        throw new TimeoutException("the expected activity did not arrive");
    }

    public static bool IsBotText(JsonNode a, string contains) =>
        (string?)a["from"]?["role"] == "bot" && ((string?)a["text"])?.Contains(contains) == true;

    public static async Task<JsonNode> ErrorOf(HttpResponseMessage response)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(body["error"]?["code"]);
        Assert.NotNull(body["error"]?["message"]);
        return body["error"]!;
    }

    public void Dispose() => _http.Dispose();
}
