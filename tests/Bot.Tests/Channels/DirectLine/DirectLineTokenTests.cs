using System.Net;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenTests
{
    private const string Secret = "test-secret-for-server-to-server-clients";

    [Fact]
    public async Task A_token_for_one_conversation_gets_403_on_another()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var mine = await DirectLineSession.OpenAsync(server);
        using var theirs = await DirectLineSession.OpenAsync(server);
        await theirs.StartAsync();

        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities?watermark="),
                     (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
                     (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}"),
                     (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/upload?userId=x"),
                 })
        {
            var response = await mine.SendAsync(method, path, method == HttpMethod.Post ? """{"type":"message","text":"x"}""" : null);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("Forbidden", (string?)(await DirectLineSession.ErrorOf(response))["code"]);
        }
    }

    [Fact]
    public async Task Missing_and_forged_tokens_get_401()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        using var http = server.Client();
        var path = $"/v3/directline/conversations/{session.ConversationId}/activities";

        var missing = await http.GetAsync(path);
        var forged = await session.SendAsync(HttpMethod.Get, path, token: "CfDJ8" + new string('A', 180));
        var altered = await session.SendAsync(HttpMethod.Get, path, token: session.Token[..^4] + "AAAA");
        var notBearer = new HttpRequestMessage(HttpMethod.Get, path);
        notBearer.Headers.TryAddWithoutValidation("Authorization", "Basic " + session.Token);

        foreach (var response in new[] { missing, forged, altered, await http.SendAsync(notBearer) })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Unauthorized", (string?)(await DirectLineSession.ErrorOf(response))["code"]);
        }
    }

    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_and_cannot_be_refreshed()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(1801));

        var read = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=");
        var refresh = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        foreach (var response in new[] { read, refresh })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("TokenExpired", (string?)(await DirectLineSession.ErrorOf(response))["code"]);
        }
    }

    [Fact]
    public async Task Refreshing_gives_a_new_token_for_the_same_conversation()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        server.Clock.Advance(TimeSpan.FromMinutes(20));

        var response = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        var fresh = (string)body["token"]!;
        Assert.NotEqual(session.Token, fresh);

        server.Clock.Advance(TimeSpan.FromMinutes(20)); // the old token is past its 30 minutes now, the new one is not
        var old = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=");
        var renewed = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=", token: fresh);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task Only_the_secret_generates_tokens()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:Secret"] = Secret });
        using var session = await DirectLineSession.OpenAsync(server);

        var anonymous = await server.Client().PostAsync("/v3/directline/tokens/generate", null);
        var withToken = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");
        var withSecret = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", """{"user":{"id":"dl_partner-user"}}""", token: Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        var body = JsonNode.Parse(await withSecret.Content.ReadAsStringAsync())!;
        Assert.Null(body["streamUrl"]);
        var token = (string)body["token"]!;
        var conversation = (string)body["conversationId"]!;
        var start = await session.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token: token);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(conversation, (string)JsonNode.Parse(await start.Content.ReadAsStringAsync())!["conversationId"]!);
    }

    [Fact]
    public async Task With_the_secret_a_server_starts_and_reads_conversations()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:Secret"] = Secret });
        using var http = server.Client();
        using var session = await DirectLineSession.OpenAsync(server);

        var start = await session.SendAsync(HttpMethod.Post, "/v3/directline/conversations", """{"user":{"id":"partner-1"}}""", token: Secret);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = (string)JsonNode.Parse(await start.Content.ReadAsStringAsync())!["conversationId"]!;
        var post = await session.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities",
            """{"type":"message","text":"子育ての相談","from":{"id":"partner-1"}}""", token: Secret);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var read = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities?watermark=", token: Secret);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("partner-1", await read.Content.ReadAsStringAsync());

        var unknown = await session.SendAsync(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation/activities", token: Secret);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("NotFound", (string?)(await DirectLineSession.ErrorOf(unknown))["code"]);
        var refresh = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token: Secret);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_just_an_invalid_token()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:Secret"] = Secret });
        using var session = await DirectLineSession.OpenAsync(server);

        var response = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: Secret + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
