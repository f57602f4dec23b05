using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>Bad input gets a 4xx with the protocol's error body — never a 500 — and the server keeps serving.</summary>
public sealed class DirectLineErrorTests
{
    public static TheoryData<string, string, string, int, string> BadPosts => new()
    {
        { "malformed JSON", "application/json", """{"type":"message","text":""", 400, "BadArgument" },
        { "not an object", "application/json", """["message"]""", 400, "BadArgument" },
        { "no type", "application/json", """{"text":"hello"}""", 400, "BadArgument" },
        { "type not a string", "application/json", """{"type":42}""", 400, "BadArgument" },
        { "unknown type", "application/json", """{"type":"invoke","name":"x"}""", 400, "BadArgument" },
        { "conversationUpdate from a client", "application/json", """{"type":"conversationUpdate"}""", 400, "BadArgument" },
        { "event without a name", "application/json", """{"type":"event"}""", 400, "BadArgument" },
        { "schema violation", "application/json", """{"type":"message","timestamp":"yesterday"}""", 400, "BadArgument" },
        { "attachment", "application/json", """{"type":"message","attachments":[{"contentType":"image/png","contentUrl":"https://example.com/a.png"}]}""", 400, "BadArgument" },
        { "text over the limit", "application/json", "{\"type\":\"message\",\"text\":\"" + new string('あ', 10_001) + "\"}", 400, "BadArgument" },
        { "wrong content type", "text/plain", """{"type":"message","text":"hello"}""", 415, "UnsupportedMediaType" },
        { "form content type", "application/x-www-form-urlencoded", "type=message&text=hello", 415, "UnsupportedMediaType" },
        { "empty body", "application/json", "", 400, "BadArgument" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task A_bad_post_gets_a_4xx_error_body(string what, string contentType, string body, int status, string code)
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();

        var request = session.Request(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await session.Http.SendAsync(request);

        Assert.True(status == (int)response.StatusCode, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(code, (string?)(await DirectLineSession.ErrorOf(response))["code"]);
        Assert.Equal("こんにちは", (await PostAndRead(session, "こんにちは")));
    }

    [Fact]
    public async Task Bodies_over_64_KB_get_413_with_or_without_a_content_length()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        var big = "{\"type\":\"message\",\"text\":\"x\",\"pad\":\"" + new string('x', 70_000) + "\"}";

        var declared = await session.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", big);
        var chunkedRequest = session.Request(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities");
        chunkedRequest.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunkedRequest.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        chunkedRequest.Headers.TransferEncodingChunked = true;
        var chunked = await session.Http.SendAsync(chunkedRequest);
        var token = await session.Http.PostAsync("/api/webchat/token", new StringContent(big, Encoding.UTF8, "application/json"));

        foreach (var response in new[] { declared, chunked, token })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("RequestTooLarge", (string?)(await DirectLineSession.ErrorOf(response))["code"]);
        }
        Assert.Equal("まだ使えます", await PostAndRead(session, "まだ使えます"));
    }

    [Fact]
    public async Task Uploads_are_refused_in_the_error_shape()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "photo.png" },
        };
        var request = session.Request(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/upload?userId=dl_x");
        request.Content = form;

        var response = await session.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await DirectLineSession.ErrorOf(response))["code"]);
    }

    [Fact]
    public async Task Unknown_endpoints_and_bad_watermarks_are_4xx_with_an_error_body()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();

        var unknown = await session.SendAsync(HttpMethod.Get, "/v3/directline/nothing/here");
        var badMark = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=abc");
        var notSocket = await session.Http.GetAsync($"/v3/directline/conversations/{session.ConversationId}/stream?t={Uri.EscapeDataString(session.Token)}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMark.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notSocket.StatusCode);
        foreach (var response in new[] { unknown, badMark, notSocket }) await DirectLineSession.ErrorOf(response);
    }

    /// <summary>The server still takes a message and echoes it.</summary>
    private static async Task<string?> PostAndRead(DirectLineSession session, string text)
    {
        var id = await session.SayAsync(text);
        var activities = await session.WaitForAsync(a => (string?)a["id"] == id);
        return (string?)activities.Single(a => (string?)a!["id"] == id)!["text"];
    }
}
