using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HelpBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>What the host adds around the protocol: rate limits, CORS, forwarded headers, clean logs, the page's policy.</summary>
public sealed class DirectLineHostingTests
{
    [Fact]
    public async Task Too_many_new_conversations_from_one_client_get_429_with_retry_after()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:RateLimit:StartsPerMinute"] = "2" });
        using var http = server.Client();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) responses.Add(await http.PostAsync("/api/webchat/token", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        Assert.True(int.Parse(responses[2].Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("TooManyRequests", (string?)(await DirectLineSession.ErrorOf(responses[2]))["code"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Calls_are_limited_per_client_too()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:RateLimit:RequestsPerMinute"] = "3" });
        using var session = await DirectLineSession.OpenAsync(server);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Cross_origin_calls_are_allowed_only_for_configured_origins()
    {
        await using var server = await HelpBotServer.StartAsync(new() { ["DirectLine:AllowedOrigins"] = "https://www.city.kawasaki.jp, https://example.org" });
        using var http = server.Client();

        var allowed = await http.SendAsync(Preflight("https://www.city.kawasaki.jp"));
        var other = await http.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://www.city.kawasaki.jp", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", headers);
        Assert.Contains("x-ms-bot-agent", headers);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_cross_origin_call_is_allowed()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var http = server.Client();

        var preflight = await http.SendAsync(Preflight("https://www.city.kawasaki.jp"));

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_stream_url_is_wss_on_the_public_host()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var session = await DirectLineSession.OpenAsync(server);
        var request = session.Request(HttpMethod.Post, "/v3/directline/conversations", "{}");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "chat.example.jp");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await session.Http.SendAsync(request);

        var url = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["streamUrl"]!;
        Assert.StartsWith($"wss://chat.example.jp/v3/directline/conversations/{session.ConversationId}/stream?", url);
    }

    [Fact]
    public async Task No_token_reaches_the_logs_even_at_trace_level()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await HelpBotServer.StartAsync(
            new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" },
            services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Trace);
            });
        using var session = await DirectLineSession.OpenAsync(server);
        var started = await session.StartAsync();
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
            await DirectLineStreamTests.ReceiveUntilAsync(socket, sets => sets.Any(s => DirectLineStreamTests.Activities(s).Any(a => a["suggestedActions"] is not null)));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        await session.SayAsync("母が最近もの忘れがひどくて心配です");
        await session.WaitForAsync(a => DirectLineSession.IsBotText(a, "お住まいの区"));
        await session.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/stream?t={Uri.EscapeDataString(session.Token)}");

        Assert.Contains(logs.Lines, l => l.Contains("Microsoft.AspNetCore.Routing")); // trace logging really was on
        var token = (string)started["token"]!;
        var leaks = logs.Lines.Where(l => l.Contains(token[..40]) || l.Contains(session.Token[..40])).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task The_page_has_a_content_security_policy_with_a_fresh_nonce()
    {
        await using var server = await HelpBotServer.StartAsync();
        using var http = server.Client();

        var first = await http.GetAsync("/");
        var second = await http.GetAsync("/");
        var legacy = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress }.GetAsync("/index.html");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(html, "name=\"csp-nonce\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("{{", html);
        Assert.Contains("90日後", html);
        Assert.DoesNotContain(nonce, await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, legacy.StatusCode);
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/lib/webchat.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/js/chat.js")).StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
