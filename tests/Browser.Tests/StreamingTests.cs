using HelpBot.Bot.Tests.Support;
using Microsoft.Playwright;

namespace HelpBot.Browser.Tests;

/// <summary>The page streams over a WebSocket, and falls back to polling when the socket cannot be used.</summary>
public sealed class StreamingTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_page_streams_the_conversation_over_a_websocket()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        var sockets = new List<IWebSocket>();
        var frames = new List<string>();
        var polls = 0;
        page.WebSocket += (_, socket) =>
        {
            sockets.Add(socket);
            socket.FrameReceived += (_, frame) => { lock (frames) frames.Add(frame.Text ?? ""); };
        };
        page.Request += (_, request) => { if (request.Url.Contains("/activities?watermark")) Interlocked.Increment(ref polls); };

        await page.GotoAsync(server.BaseAddress.ToString());
        var input = page.Locator("#webchat").Locator("input[type=text], textarea").First;
        await Assertions.Expect(page.Locator("#webchat").GetByText("こんにちは。川崎市").First).ToBeVisibleAsync(Soon);
        await input.FillAsync("母が最近もの忘れがひどくて心配です");
        await input.PressAsync("Enter");
        await Assertions.Expect(QuickReply(page, "中原区")).ToBeVisibleAsync(Soon);

        var stream = Assert.Single(sockets);
        Assert.Contains("/v3/directline/conversations/", stream.Url);
        Assert.StartsWith("ws://", stream.Url);
        lock (frames) Assert.Contains(frames, f => f.Contains("\"type\":\"typing\""));
        Assert.Equal(0, polls);
    }

    [Fact]
    public async Task When_the_websocket_cannot_be_used_the_page_polls()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        // A proxy that lets the upgrade through but closes the socket at once.
        await page.RouteWebSocketAsync("**/stream*", socket => socket.CloseAsync());
        var polls = 0;
        page.Request += (_, request) => { if (request.Url.Contains("/activities?watermark")) Interlocked.Increment(ref polls); };

        await page.GotoAsync(server.BaseAddress.ToString());
        var chat = page.Locator("#webchat");
        await Assertions.Expect(chat.GetByText("こんにちは。川崎市").First).ToBeVisibleAsync(Soon);
        var input = chat.Locator("input[type=text], textarea").First;
        await input.FillAsync("母が最近もの忘れがひどくて心配です");
        await input.PressAsync("Enter");
        await Assertions.Expect(QuickReply(page, "中原区")).ToBeVisibleAsync(Soon);
        await QuickReply(page, "中原区").ClickAsync();
        await Assertions.Expect(chat.GetByText("中原区の地域包括支援センター").First).ToBeVisibleAsync(Soon);

        Assert.True(polls > 0, "the page did not poll");
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("polling-fallback"), FullPage = true });
    }

    /// <summary>A quick reply under the send box (Web Chat's live region briefly holds a copy for screen readers).</summary>
    private static ILocator QuickReply(IPage page, string title) =>
        page.Locator("#webchat .webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
}
