using System.Net;
using System.Text.Json.Nodes;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineConversationTests
{
    [Fact]
    public async Task The_page_token_has_exactly_the_contract_keys()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var http = server.Client();
        var response = await http.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["conversationId", "token", "expires_in"], body.Select(p => p.Key));
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.True(((string)body["conversationId"]!).Length >= 22, "conversation ids are long random strings");
    }

    [Fact]
    public async Task Starting_greets_once_with_201_then_200_and_a_stream_url()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);

        var first = await session.StartAsync(HttpStatusCode.Created);
        var again = await session.StartAsync(HttpStatusCode.OK);

        Assert.Equal(session.ConversationId, (string)first["conversationId"]!);
        Assert.StartsWith($"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{session.ConversationId}/stream?watermark=", (string)first["streamUrl"]!);
        Assert.Contains("&t=", (string)again["streamUrl"]!);
        var activities = await session.WaitForAsync(a => a["suggestedActions"] is not null);
        await Task.Delay(300);
        (activities, _) = await session.ReadAsync();
        Assert.Single(activities, a => ((string?)a!["text"])?.StartsWith("こんにちは") == true);
        Assert.DoesNotContain(activities, a => (string?)a!["type"] == "conversationUpdate");
        var record = await server.Services.GetRequiredService<IConversationStore>().GetAsync(session.ConversationId);
        Assert.Equal("directline", record!.Channel);
    }

    [Fact]
    public async Task A_posted_message_comes_back_with_its_id_and_client_activity_id_then_the_answer()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();

        var posted = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "母が最近もの忘れがひどくて心配です",
            ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "", ["role"] = "user" },
            ["channelId"] = "webchat",
            ["locale"] = "ja-JP",
            ["timestamp"] = "2001-01-01T00:00:00Z",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-123", ["clientTimestamp"] = "2026-11-26T12:00:00.000Z" },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
            ["somethingNew"] = new JsonObject { ["kept"] = true },
        };
        var response = await session.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", posted.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
        Assert.StartsWith(session.ConversationId + "|", id);

        var activities = await session.WaitForAsync(a => DirectLineSession.IsBotText(a, "地域包括支援センター"));
        var echo = activities.Single(a => (string?)a!["id"] == id)!;
        Assert.Equal("c-123", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.StartsWith("dl_", (string?)echo["from"]!["id"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal(session.ConversationId, (string?)echo["conversation"]!["id"]);
        Assert.True((bool)echo["somethingNew"]!["kept"]!);
        Assert.Equal("ClientCapabilities", (string?)echo["entities"]![0]!["type"]);
        Assert.NotEqual("2001-01-01T00:00:00Z", (string?)echo["timestamp"]);
        var answer = activities.First(a => DirectLineSession.IsBotText(a!, "地域包括支援センター"))!;
        Assert.Equal(id, (string?)answer["replyToId"]);
    }

    [Fact]
    public async Task Watermarks_page_the_transcript_and_an_empty_one_means_from_the_start()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        await session.WaitForAsync(a => a["suggestedActions"] is not null);

        var (all, watermark) = await session.ReadAsync("");
        Assert.NotNull(watermark);
        var (none, same) = await session.ReadAsync(watermark!);
        Assert.Empty(none);
        Assert.Equal(watermark, same);

        await session.SayAsync("中原区で子育ての相談をしたい");
        var newer = await session.WaitForAsync(a => (string?)a["from"]?["role"] == "bot", watermark!);
        Assert.All(newer, a => Assert.True(long.Parse(((string)a!["id"]!).Split('|')[1]) > long.Parse(watermark!)));
        Assert.DoesNotContain(newer, a => all.Any(b => (string?)b!["id"] == (string?)a!["id"]));
    }

    [Fact]
    public async Task Internal_activities_and_typing_are_never_served()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        await session.SayAsync("母が最近もの忘れがひどくて心配です");
        await session.WaitForAsync(a => DirectLineSession.IsBotText(a, "お住まいの区"));

        var stored = await server.Services.GetRequiredService<IConversationStore>().ReadAsync(session.ConversationId, 0, includeInternal: true);
        Assert.Contains(stored, s => s.Activity.Visibility == Activities.Visibility.Internal);
        var (served, _) = await session.ReadAsync();
        Assert.All(served, a => Assert.DoesNotContain((string?)a!["type"], new[] { "event", "typing", "conversationUpdate" }));
        Assert.Equal(stored.Count(s => s.Activity.Visibility == Activities.Visibility.Resident && s.Activity.Type == "message"), served.Count);
    }

    [Fact]
    public async Task Reconnecting_gives_a_fresh_token_and_a_stream_url_from_the_watermark()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();
        await session.WaitForAsync(a => a["suggestedActions"] is not null);

        var withMark = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=1");
        var without = await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}");

        Assert.Equal(HttpStatusCode.OK, withMark.StatusCode);
        var body = JsonNode.Parse(await withMark.Content.ReadAsStringAsync())!;
        Assert.Contains("stream?watermark=1&t=", (string)body["streamUrl"]!);
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        var (_, latest) = await session.ReadAsync();
        Assert.Contains($"stream?watermark={latest}&t=", (string)JsonNode.Parse(await without.Content.ReadAsStringAsync())!["streamUrl"]!);
    }

    [Fact]
    public async Task A_conversation_used_before_it_was_started_starts_with_the_greeting()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);

        await session.SayAsync("こんにちは");
        var activities = await session.WaitForAsync(a => a["suggestedActions"] is not null);

        Assert.Contains(activities, a => ((string?)a!["text"])?.StartsWith("こんにちは。川崎市") == true);
        await session.StartAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Typing_from_a_client_is_accepted_and_never_stored()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        await session.StartAsync();

        var response = await session.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities",
            """{"type":"typing","from":{"id":"x"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await server.Services.GetRequiredService<IConversationStore>().ReadAsync(session.ConversationId, 0, includeInternal: true);
        Assert.DoesNotContain(stored, s => s.Activity.Type == "typing");
    }
}
