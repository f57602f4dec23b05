using System.Net;
using System.Text;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Staff;

/// <summary>Bad bodies to the staff and editor APIs: a 4xx with the JSON error shape, and the server keeps serving.</summary>
public sealed class StaffApiBadInputTests : IAsyncLifetime
{
    private HelpBotServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await HelpBotServer.StartAsync();
        await _server.AddAccountAsync("editor", StaffRoles.Editor);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/api/staff/login", "application/json", "{bad json", 400, "bad_request")]
    [InlineData("/api/staff/login", "application/json", "[]", 400, "bad_request")]
    [InlineData("/api/staff/login", "application/json", "", 400, "bad_request")]
    [InlineData("/api/staff/login", "text/plain", "login=a", 415, "unsupported_media_type")]
    [InlineData("/api/editor/preview", "application/json", "{\"text\": 42}", 400, "bad_request")]
    public async Task A_bad_body_gets_a_json_error(string path, string contentType, string body, int status, string code)
    {
        using var client = path.StartsWith("/api/editor") ? await _server.SignedInAsync("editor") : new StaffClient(_server.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add("X-CSRF-TOKEN", await TokenAsync(client));
        var response = await client.Http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains($"\"code\":\"{code}\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_64_kilobytes_is_413()
    {
        using var client = new StaffClient(_server.BaseAddress);
        var big = "{\"login\":\"" + new string('a', 70_000) + "\",\"password\":\"x\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/login") { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", await TokenAsync(client));
        var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"too_large\"", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> TokenAsync(StaffClient client) =>
        System.Text.Json.JsonDocument.Parse(await client.Http.GetStringAsync("/api/staff/antiforgery")).RootElement.GetProperty("token").GetString()!;
}
