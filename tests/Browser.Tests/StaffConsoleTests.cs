using HelpBot.Bot.Staff;
using HelpBot.Bot.Tests.Support;
using Microsoft.Playwright;

namespace HelpBot.Browser.Tests;

/// <summary>
/// A resident on the city's page asks for a person; staff take the conversation in the console, in
/// real browsers, each in their own context; the resident's HTML never runs in the console.
/// </summary>
public sealed class StaffConsoleTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private const string Xss = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>母のことです";

    [Fact]
    public async Task Staff_take_a_residents_conversation_reply_and_close_and_the_bot_speaks_again()
    {
        await using var server = await HelpBotServer.StartAsync();
        await server.AddAccountAsync("sato", StaffRoles.Staff);
        await server.AddAccountAsync("suzuki", StaffRoles.Staff);
        await using var satoContext = await NewContextAsync(1366, 768);
        await using var suzukiContext = await NewContextAsync(1366, 768);
        await using var residentContext = await NewContextAsync(1024, 900);
        var sato = await SignInAsync(satoContext, server, "sato");
        var suzuki = await SignInAsync(suzukiContext, server, "suzuki");
        var problems = Watch(sato);
        await Expect(sato.Locator("#empty")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(sato.Locator("#live")).ToHaveTextAsync("最新の状態を表示中", new() { Timeout = Ms(Wait) });

        // The resident writes (with HTML in it), then asks for a person and agrees to share the conversation.
        var resident = await residentContext.NewPageAsync();
        await resident.GotoAsync(server.BaseAddress.ToString());
        var chat = resident.Locator("#webchat");
        await Expect(chat.GetByText("こんにちは。川崎市の地域包括ケアシステム").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await SayAsync(chat, Xss);
        await SayAsync(chat, "中原区に住んでいます。人と話したい");
        await Expect(chat.GetByText("読んでもよいですか").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await QuickReply(resident, "はい").ClickAsync();
        await Expect(chat.GetByText("職員への相談として受け付けました").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });

        // It appears in both consoles without a reload.
        var item = sato.Locator("#list .pick").First;
        await Expect(item).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(suzuki.Locator("#list .pick").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await sato.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("staff-1-queue") });

        // Sato claims it; Suzuki sees the claim happen live.
        await item.ClickAsync();
        await sato.Locator("#claim").ClickAsync();
        await Expect(suzuki.Locator("#list .pick").First).ToContainTextAsync("担当: sato", new() { Timeout = Ms(Wait) });
        await Expect(sato.Locator("#reply")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(sato.Locator("#d-counters")).ToContainTextAsync("中原区", new() { Timeout = Ms(Wait) });

        // The resident's HTML is shown as text in the transcript and never ran.
        await Expect(sato.Locator("#transcript").GetByText(Xss)).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        Assert.Null(await sato.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, await sato.Locator("#transcript img, #transcript script").CountAsync());

        await sato.Locator("#reply").FillAsync("担当の佐藤です。お母さまのご様子を教えてください。");
        await sato.Locator("#reply-form button[type=submit]").ClickAsync();
        await Expect(chat.GetByText("担当の佐藤です。お母さまのご様子を教えてください。").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await sato.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("staff-2-conversation") });
        await resident.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("staff-3-resident-sees-reply"), FullPage = true });

        // Closing gives the conversation back to the bot.
        sato.Dialog += (_, dialog) => dialog.AcceptAsync();
        await sato.Locator("#close-form button[type=submit]").ClickAsync();
        await Expect(chat.GetByText("職員との相談を終わりました").First).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await SayAsync(chat, "母が最近もの忘れがひどくて心配です");
        await Expect(chat.GetByText("地域包括支援センターが受けます").Last).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await resident.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("staff-4-bot-again"), FullPage = true });

        Assert.Null(await sato.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task An_emergency_is_marked_unmistakably()
    {
        await using var server = await HelpBotServer.StartAsync();
        await server.AddAccountAsync("sato", StaffRoles.Staff);
        await using var context = await NewContextAsync(1366, 768);
        var sato = await SignInAsync(context, server, "sato");
        await Expect(sato.Locator("#empty")).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });

        await server.ResidentAsync("父が息してない");

        var alert = sato.Locator("#alert");
        await Expect(alert).ToBeVisibleAsync(new() { Timeout = Ms(Wait) });
        await Expect(alert).ToContainTextAsync("緊急");
        await Expect(sato.Locator("#list .item.urgency-emergency .badge.emergency")).ToHaveTextAsync("緊急");
        await sato.ScreenshotAsync(new() { Path = ChromiumBrowser.Screenshot("staff-5-emergency") });
    }

    [Fact]
    public async Task Without_a_session_the_console_sends_staff_to_sign_in()
    {
        await using var server = await HelpBotServer.StartAsync();
        await using var context = await NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/staff").ToString());
        Assert.Contains("/staff/login", page.Url);
        var response = await page.GotoAsync(new Uri(server.BaseAddress, "/staff/login").ToString());
        Assert.Contains("default-src 'self'", response!.Headers["content-security-policy"]);
    }

    private async Task<IBrowserContext> NewContextAsync(int width, int height) =>
        await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP", ViewportSize = new() { Width = width, Height = height } });

    private static async Task<IPage> SignInAsync(IBrowserContext context, HelpBotServer server, string login)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/staff").ToString());
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(StaffServer.Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync("**/staff", new() { Timeout = Ms(Wait) });
        await Expect(page.Locator("#me")).ToContainTextAsync(login, new() { Timeout = Ms(Wait) });
        return page;
    }

    private static async Task SayAsync(ILocator chat, string text)
    {
        var input = chat.Locator("input[type=text], textarea").First;
        await input.FillAsync(text);
        await input.PressAsync("Enter");
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

    private static ILocator QuickReply(IPage page, string title) =>
        page.Locator("#webchat .webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static float Ms(TimeSpan t) => (float)t.TotalMilliseconds;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
