using HelpBot.Bot.Tests.Support;
using Microsoft.Playwright;

namespace HelpBot.Browser.Tests;

/// <summary>A resident on the city's page, in a real browser, with the official Web Chat.</summary>
public sealed class ResidentChatTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_worried_resident_is_pointed_to_the_houkatsu_centre_and_gets_nakahara_card()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP", ViewportSize = new() { Width = 1024, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync(server.BaseAddress.ToString());
        var chat = page.Locator("#webchat");
        await Expect(chat.GetByText("こんにちは。川崎市の地域包括ケアシステム").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("1-welcome"), FullPage = true });

        var input = chat.Locator("input[type=text], textarea").First;
        await input.FillAsync("母が最近もの忘れがひどくて心配です");
        await input.PressAsync("Enter");
        await Expect(chat.GetByText("地域包括支援センターが受けます").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        var nakahara = QuickReply(page, "中原区");
        await Expect(nakahara).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("2-answer-and-wards"), FullPage = true });

        await nakahara.ClickAsync();
        await Expect(chat.GetByText("中原区の地域包括支援センター（区役所がご案内します）").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(chat.GetByText("044-744-3113").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("3-nakahara-card"), FullPage = true });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy")) problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        return problems;
    }

    private static float Ms(TimeSpan t) => (float)t.TotalMilliseconds;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>A quick reply under the send box (Web Chat's live region briefly holds a copy for screen readers).</summary>
    private static ILocator QuickReply(IPage page, string title) =>
        page.Locator("#webchat .webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
}
