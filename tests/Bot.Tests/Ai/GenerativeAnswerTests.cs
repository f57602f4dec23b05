using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Ai;
using HelpBot.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Ai;

/// <summary>
/// Generative answers end to end: the conversation layer on the fixture content, Semantic Kernel's real
/// OpenAI connector, and a fake OpenAI-compatible server on 127.0.0.1 that records what it was sent.
/// </summary>
public sealed class GenerativeAnswerTests : IAsyncLifetime
{
    private const string Worry = "武蔵小杉に住む母がもの忘れがひどくて心配です";
    private const string Extractive = "もの忘れが増えた、同じことを何度も聞くようになった";
    private const string Title = "もの忘れが気になる・認知症かもしれない";

    private FakeChatServer _model = null!;
    private readonly List<BotHarness> _harnesses = [];

    public async ValueTask InitializeAsync() => _model = await FakeChatServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var h in _harnesses) await h.DisposeAsync();
        await _model.DisposeAsync();
    }

    private BotHarness Bot(Dictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null, Action<HelpBot.Tests.Shared.ContentFolder>? content = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ai:Provider"] = "openai",
            ["Ai:Endpoint"] = _model.Endpoint.ToString(),
            ["Ai:Model"] = "test-model",
            ["Ai:TimeoutSeconds"] = "5",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var harness = new BotHarness(content, settings, services);
        _harnesses.Add(harness);
        return harness;
    }

    private static Activity Answer(IEnumerable<Activity> replies) =>
        replies.First(a => a.Visibility == Visibility.Resident && a.Text is { } t && (t.Contains("（出典：") || t.Contains("(Nguồn:")));

    private static JsonElement Generation(IEnumerable<Activity> replies) =>
        replies.Single(a => a.Name == "helpbot.generation").Value!.Value;

    private static bool HasCard(IEnumerable<Activity> replies, string name) =>
        replies.SelectMany(a => a.Attachments ?? []).Select(HeroCard.From).Any(c => c?.Title == name);

    [Fact]
    public async Task A_grounded_answer_is_used_with_its_sources_and_the_counter_card_still_follows()
    {
        _model.Answer("お母さまのもの忘れ、ご心配ですね。早めに相談することが大切です [monowasure-ninchisho]。"
            + "中原区の地域包括支援センター（区役所総合案内 044-744-3113）が話を聞きます [monowasure-ninchisho]。");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);

        var answer = Answer(replies);
        Assert.Equal("お母さまのもの忘れ、ご心配ですね。早めに相談することが大切です。中原区の地域包括支援センター（区役所総合案内 044-744-3113）が話を聞きます。"
            + $"\n\n（出典：{Title}。この説明は、出典をもとにAIが書きました）", answer.Text);
        Assert.DoesNotContain(replies, a => a.Text?.StartsWith(Extractive) == true);
        Assert.True(HasCard(replies, "中原区の地域包括支援センター（区役所がご案内します）"));
        var generation = Generation(replies);
        Assert.True(generation.GetProperty("used").GetBoolean());
        Assert.Equal("used", generation.GetProperty("outcome").GetString());
        Assert.Equal("monowasure-ninchisho", generation.GetProperty("cited")[0].GetString());

        var request = Assert.Single(_model.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("test-model", request.Model);
        Assert.Contains("ONLY from the passages", request.System);
        Assert.Contains("[monowasure-ninchisho] " + Title, request.User);
        Assert.Contains("中原区の地域包括支援センター（区役所がご案内します）: 電話 044-744-3113", request.User);
        Assert.Contains(Worry, request.User);
        Assert.Empty(request.Tools);
    }

    [Fact]
    public async Task An_invented_phone_number_is_refused_and_the_extractive_answer_is_shown()
    {
        _model.Answer("地域包括支援センター（044-123-4567）に電話してください [monowasure-ninchisho]。");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.DoesNotContain(replies, a => a.Text?.Contains("044-123-4567") == true);
        var generation = Generation(replies);
        Assert.False(generation.GetProperty("used").GetBoolean());
        Assert.Equal("refused", generation.GetProperty("outcome").GetString());
        Assert.Equal("ungrounded_phone", generation.GetProperty("reason").GetString());
        Assert.True(HasCard(replies, "中原区の地域包括支援センター（区役所がご案内します）"));
    }

    [Fact]
    public async Task An_answer_citing_nothing_is_refused()
    {
        _model.Answer("早めに地域包括支援センターへ相談しましょう。");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.Equal("no_citation", Generation(replies).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_answer_citing_an_id_it_was_not_given_is_refused()
    {
        _model.Answer("介護保険の申請ができます [kaigo-hoken-shinsei]。");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.Equal("unknown_citation", Generation(replies).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_falls_back_to_the_extractive_answer()
    {
        _model.Hang(TimeSpan.FromSeconds(20));
        var c = await Bot(new() { ["Ai:TimeoutSeconds"] = "1" }).StartAsync();
        var watch = Stopwatch.StartNew();
        var replies = await c.SayAsync(Worry);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"the turn took {watch.Elapsed}");
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.Equal("timeout", Generation(replies).GetProperty("outcome").GetString());
        Assert.True(HasCard(replies, "中原区の地域包括支援センター（区役所がご案内します）"));
    }

    [Fact]
    public async Task A_server_error_falls_back_to_the_extractive_answer_after_one_request()
    {
        _model.Fail(500);
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.Equal("error", Generation(replies).GetProperty("outcome").GetString());
        Assert.Single(_model.Requests); // no retries: a failing model must not hold the resident up
    }

    [Fact]
    public async Task A_reply_cut_at_the_token_limit_is_refused()
    {
        _model.Script(_ => FakeChatServer.Completion("早めに相談することが大切です [monowasure-ninchisho]。地域包括", "length"));
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.Equal("truncated", Generation(replies).GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("父が息をしていない")]
    [InlineData("もう死にたい")]
    [InlineData("Help, my father is not breathing")]
    public async Task An_emergency_or_crisis_never_reaches_the_model(string text)
    {
        _model.Answer("これは使われないはずの答え [monowasure-ninchisho]");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(text);
        Assert.Contains(replies, a => a.Name == "handoff.requested" || a.Attachments is { Count: > 0 });
        Assert.DoesNotContain(replies, a => a.Name == "helpbot.generation");
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task A_vietnamese_question_gets_a_vietnamese_answer()
    {
        const string vietnamese = "Mẹ bạn hay quên thì nên sớm đi tư vấn. Trung tâm hỗ trợ toàn diện khu vực (地域包括支援センター) sẽ lắng nghe bạn [monowasure-ninchisho].";
        _model.Answer(vietnamese);
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync("Mẹ tôi hay quên, có thể bị dementia. Tôi nên hỏi ở đâu?");

        var request = Assert.Single(_model.Requests);
        Assert.Contains("Reply in Vietnamese.", request.System);
        var answer = Answer(replies);
        Assert.StartsWith("Mẹ bạn hay quên thì nên sớm đi tư vấn.", answer.Text);
        Assert.Contains($"(Nguồn: {Title}. Phần giải thích này do AI viết dựa trên nguồn.)", answer.Text);
        var intro = replies.Single(a => a.Text?.StartsWith("Khi khẩn cấp") == true);
        Assert.DoesNotContain("tiếng Nhật", intro.Text); // the answer is not in Japanese, so the intro does not say it is
        Assert.True(HasCard([intro], "川崎市国際交流センター"));
    }

    [Fact]
    public async Task What_the_model_is_sent_is_masked()
    {
        _model.Answer("早めに相談することが大切です [monowasure-ninchisho]。");
        var c = await Bot().StartAsync();
        await c.SayAsync("私は山田花子です。電話は090-1234-5678です。中原区小杉町3-245に住む母のもの忘れが心配です");
        var body = Assert.Single(_model.Requests).Body;
        Assert.DoesNotContain("山田花子", body);
        Assert.DoesNotContain("090-1234-5678", body);
        Assert.DoesNotContain("3-245", body);
        Assert.Contains("母のもの忘れが心配です", JsonSerializer.Deserialize<JsonElement>(body).GetProperty("messages")[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task With_the_provider_none_nothing_is_sent_anywhere_and_nothing_changes()
    {
        _model.Answer("使われない答え [monowasure-ninchisho]");
        var c = await Bot(new() { ["Ai:Provider"] = "none" }).StartAsync();
        var replies = await c.SayAsync(Worry);
        Assert.StartsWith(Extractive, Answer(replies).Text);
        Assert.DoesNotContain(replies, a => a.Name == "helpbot.generation");
        Assert.Empty(_model.Requests);
    }

    [Theory]
    [InlineData("明日の天気はどうですか")]
    [InlineData("人と話したい")]
    public async Task Out_of_scope_questions_and_requests_for_a_person_are_not_sent(string text)
    {
        _model.Answer("使われない答え [monowasure-ninchisho]");
        var c = await Bot().StartAsync();
        var replies = await c.SayAsync(text);
        Assert.DoesNotContain(replies, a => a.Name == "helpbot.generation");
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task Logs_say_the_outcome_and_duration_but_never_the_question_or_the_answer()
    {
        const string said = "お母さまのもの忘れ、ご心配ですね";
        _model.Answer(said + " [monowasure-ninchisho]。");
        var logs = new CollectingLoggerProvider();
        var c = await Bot(services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(logs))).StartAsync();
        await c.SayAsync(Worry);
        _model.Fail(500);
        await c.SayAsync("父も最近もの忘れがあって認知症かもしれない");
        Assert.Contains(logs.Lines, l => l.Contains("Generative answer used after"));
        Assert.Contains(logs.Lines, l => l.Contains("Generative answer failed after") && l.Contains("HTTP status 500"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("もの忘れ") || l.Contains(said) || l.Contains("fake server was told"));
    }

    [Fact]
    public async Task Tools_are_not_offered_by_default_and_are_when_turned_on()
    {
        _model.Script(
            _ => FakeChatServer.ToolCall("helpbot-search_knowledge", new { query = "成年後見" }),
            _ => FakeChatServer.Completion("財産や権利を守る制度もあります [seinen-kouken]。もの忘れは早めに相談を [monowasure-ninchisho]。"));
        var c = await Bot(new() { ["Ai:Tools"] = "true" }).StartAsync();
        var replies = await c.SayAsync(Worry);

        Assert.Equal(2, _model.Requests.Count);
        Assert.Equal(["helpbot-search_knowledge", "helpbot-find_counter"], _model.Requests[0].Tools.Order(StringComparer.Ordinal).Reverse());
        var toolResult = _model.Requests[1].Messages.Single(m => m.Role == "tool").Content;
        Assert.Contains("[seinen-kouken]", toolResult);
        var generation = Generation(replies);
        Assert.True(generation.GetProperty("used").GetBoolean());
        Assert.Equal("search_knowledge", generation.GetProperty("tools")[0].GetString());
        Assert.Contains("成年後見", Answer(replies).Text);
    }

    [Fact]
    public async Task Azure_openai_is_reached_at_its_deployment_with_its_key()
    {
        _model.Answer("早めに相談することが大切です [monowasure-ninchisho]。");
        var c = await Bot(new()
        {
            ["Ai:Provider"] = "azure", ["Ai:Endpoint"] = _model.Root.ToString(), ["Ai:Model"] = "helpbot-gpt", ["Ai:ApiKey"] = "azure-test-key",
        }).StartAsync();
        var replies = await c.SayAsync(Worry);
        var request = Assert.Single(_model.Requests);
        Assert.Equal("/openai/deployments/helpbot-gpt/chat/completions", request.Path);
        Assert.Equal("azure-test-key", request.ApiKey);
        Assert.True(Generation(replies).GetProperty("used").GetBoolean());
    }

    [Fact]
    public async Task The_server_has_generation_off_by_default_and_on_when_configured()
    {
        await using (var off = await HelpBotServer.StartAsync())
            Assert.IsType<NoAnswerComposer>(off.Services.GetRequiredService<IAnswerComposer>());
        await using var on = await HelpBotServer.StartAsync(new() { ["Ai:Provider"] = "openai", ["Ai:Endpoint"] = _model.Endpoint.ToString(), ["Ai:Model"] = "m" });
        Assert.IsType<KernelAnswerComposer>(on.Services.GetRequiredService<IAnswerComposer>());
        var e = Assert.Throws<InvalidOperationException>(() => HelpBot.Bot.Hosting.HelpBotApp.Create([],
            b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ai:Provider"] = "claude" })));
        Assert.Contains("Ai:Provider", e.Message);
    }
}
