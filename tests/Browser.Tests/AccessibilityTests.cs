using HelpBot.Bot.Tests.Support;
using Microsoft.Playwright;

namespace HelpBot.Browser.Tests;

/// <summary>The page on a phone, with the keyboard alone, and what a screen reader is given.</summary>
public sealed class AccessibilityTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_reads_large_enough()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ja-JP",
            ViewportSize = new() { Width = 375, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#webchat").GetByText("こんにちは。川崎市").First).ToBeVisibleAsync(Soon);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px on a phone");
        var bubbleFont = await page.Locator(".webchat__bubble__content").First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(float.Parse(bubbleFont.Replace("px", "")) >= 14, $"chat text is {bubbleFont}");
        var inputFont = await SendBox(page).EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(float.Parse(inputFont.Replace("px", "")) >= 16, $"the send box text is {inputFont} (phones zoom in below 16px)");
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("phone-welcome"), FullPage = true });

        await SendBox(page).TapAsync();
        await SendBox(page).FillAsync("母が最近もの忘れがひどくて心配です");
        await SendBox(page).PressAsync("Enter");
        await Assertions.Expect(QuickReply(page, "中原区")).ToBeVisibleAsync(Soon);
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("phone-wards") });
    }

    [Fact]
    public async Task A_keyboard_alone_can_ask_and_pick_a_ward()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#webchat").GetByText("こんにちは。川崎市").First).ToBeVisibleAsync(Soon);

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(SendBox(page)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("母が最近もの忘れがひどくて心配です");
        await page.Keyboard.PressAsync("Enter");
        var nakahara = QuickReply(page, "中原区");
        await Assertions.Expect(nakahara).ToBeVisibleAsync(Soon);

        // Web Chat's own shortcut moves focus to the quick replies (once it has finished rendering them;
        // on a busy machine that can take a moment, so press it until focus lands); arrows move between them.
        for (var i = 0; i < 50 && !await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('.webchat__suggested-actions')"); i++)
        {
            await page.Keyboard.PressAsync("Alt+Shift+A");
            await Task.Delay(100);
        }
        for (var i = 0; i < 8 && !await nakahara.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(nakahara).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#webchat").GetByText("中原区の地域包括支援センター").First).ToBeVisibleAsync(Soon);
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("keyboard-card"), FullPage = true });
    }

    [Fact]
    public async Task A_screen_reader_gets_a_heading_the_language_a_named_input_and_announcements()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#webchat").GetByText("こんにちは。川崎市").First).ToBeVisibleAsync(Soon);

        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("困りごと相談 窓口案内チャット");
        Assert.Contains("90日後に消去", await page.Locator(".privacy").TextContentAsync());
        var name = await SendBox(page).EvaluateAsync<string>("e => e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent) || e.placeholder || ''");
        Assert.False(string.IsNullOrWhiteSpace(name), "the send box has no accessible name");

        await SendBox(page).FillAsync("母が最近もの忘れがひどくて心配です");
        await SendBox(page).PressAsync("Enter");
        var live = page.Locator("#webchat [aria-live]");
        await Assertions.Expect(live.Filter(new() { HasText = "地域包括支援センター" }).First).ToBeAttachedAsync(new() { Timeout = 20_000 });
    }

    private static ILocator SendBox(IPage page) => page.Locator("#webchat").Locator("input[type=text], textarea").First;

    /// <summary>A quick reply under the send box (Web Chat's live region briefly holds a copy for screen readers).</summary>
    private static ILocator QuickReply(IPage page, string title) =>
        page.Locator("#webchat .webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
}
