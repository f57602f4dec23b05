using System.Net;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_ok_once_an_index_is_serving()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var client = server.Client();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_is_503_while_no_index_can_be_served()
    {
        // The content folder does not exist: the server listens but can never build an index.
        await using var server = await HelpBotServer.StartAsync(
            new() { ["Content:Path"] = "/nonexistent/helpbot-content" }, waitForIndex: false);
        using var client = server.Client();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task A_storage_provider_that_does_not_exist_stops_the_start_with_a_clear_message()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => HelpBotServer.StartAsync(new() { ["Storage:Provider"] = "postgres" }));
        Assert.Contains("Storage:Provider 'postgres' is not available", e.Message);
    }
}
