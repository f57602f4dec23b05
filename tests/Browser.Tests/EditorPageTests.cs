using HelpBot.Bot.Staff;
using HelpBot.Bot.Tests.Support;
using Microsoft.Playwright;

namespace HelpBot.Browser.Tests;

/// <summary>An editor changes content, reindexes from the page, and previews a resident's question, in a real browser.</summary>
public sealed class EditorPageTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reindex_shows_errors_by_file_and_line_then_switches_and_the_preview_shows_the_answer()
    {
        await using var server = await HelpBotServer.StartAsync();
        await server.AddAccountAsync("editor", StaffRoles.Editor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        // The refused reindex answers 422 on purpose; anything else the console reports is a problem.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.Contains("422")) problems.Add(m.Text); };

        await page.GotoAsync(new Uri(server.BaseAddress, "/editor").ToString());
        await page.Locator("#login").FillAsync("editor");
        await page.Locator("#password").FillAsync(StaffServer.Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync("**/editor", new() { Timeout = Ms(Wait) });
        var generation = page.Locator("#generation");
        await Expect(generation).ToContainTextAsync("pamphlet 3", new() { Timeout = Ms(Wait) });
        var before = await generation.InnerTextAsync();

        // A broken edit: the page lists the error by file and line and the index in service stays.
        server.Content.Replace("counters.yaml", "kind: out_of_scope", "kind: outofscope");
        await page.Locator("#reindex").ClickAsync();
        await Expect(page.Locator("#errors li").First).ToContainTextAsync("counters.yaml:", new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("#reindex-status")).ToContainTextAsync("いまの索引のまま");
        Assert.Equal(before, await generation.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("editor-1-errors"), FullPage = true });

        // Fixed, plus a new title: the page switches to the new generation.
        server.Content.Replace("counters.yaml", "kind: outofscope", "kind: out_of_scope");
        server.Content.Replace("pamphlet/shouhisha.md", "title: 消費者トラブル", "title: 消費者トラブル・悪質商法");
        await page.Locator("#reindex").ClickAsync();
        await Expect(page.Locator("#reindex-status")).ToContainTextAsync("切り替えました", new() { Timeout = Ms(Wait) });
        Assert.Equal(0, await page.Locator("#errors li").CountAsync());
        Assert.NotEqual(before, await generation.InnerTextAsync());

        await page.Locator("#question").FillAsync("訪問販売の契約のトラブルで困っている");
        await page.Locator("#preview-form button[type=submit]").ClickAsync();
        var preview = page.Locator("#preview");
        await Expect(preview).ToContainTextAsync("窓口: other", new() { Timeout = Ms(Wait) });
        await Expect(preview).ToContainTextAsync("消費者トラブル・悪質商法");
        await Expect(preview).ToContainTextAsync("川崎市消費者行政センター");
        Assert.True(await preview.Locator("mark").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("editor-2-preview"), FullPage = true });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static float Ms(TimeSpan t) => (float)t.TotalMilliseconds;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
