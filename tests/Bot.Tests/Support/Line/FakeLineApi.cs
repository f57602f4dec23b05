using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>
/// The LINE Messaging API as a tiny Kestrel app on 127.0.0.1: records every call, and behaves like LINE
/// where it matters — a reply token works once (then "Invalid reply token"), a push whose
/// X-Line-Retry-Key was accepted before gets 409, a wrong bearer token 401. Tests can script the next
/// answers of a path (429 with Retry-After, 500, 400 …), including an answer that is lost after LINE
/// already delivered. Used by the tests and by the load driver under bench/.
/// </summary>
public sealed class FakeLineApi : IAsyncDisposable
{
    public const string ReplyPath = "/v2/bot/message/reply";
    public const string PushPath = "/v2/bot/message/push";
    public const string LoadingPath = "/v2/bot/chat/loading/start";

    private readonly WebApplication _app;
    private readonly List<LineCall> _calls = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _script = new();
    private readonly HashSet<string> _usedTokens = [];
    private readonly HashSet<string> _acceptedKeys = [];
    private readonly bool _record;
    private int _accepted;

    private FakeLineApi(WebApplication app, string accessToken, bool record)
    {
        _app = app;
        AccessToken = accessToken;
        _record = record;
    }

    public string AccessToken { get; }
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Reply tokens LINE would no longer take (too old), answered "Invalid reply token".</summary>
    public ConcurrentDictionary<string, bool> ExpiredTokens { get; } = new();

    /// <summary>Called with every accepted reply or push (the load driver counts answers with it).</summary>
    public Action<LineCall>? OnAccepted { get; set; }

    /// <summary>Replies and pushes LINE accepted, i.e. messages a resident received.</summary>
    public int AcceptedCount => Volatile.Read(ref _accepted);

    public IReadOnlyList<LineCall> Calls
    {
        get { lock (_calls) return _calls.ToList(); }
    }

    /// <param name="record">False keeps no call list (for long load runs); the counters still work.</param>
    public static async Task<FakeLineApi> StartAsync(string accessToken = "test-access-token", bool record = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeLineApi(app, accessToken, record);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseAddress = new Uri(address);
        return fake;
    }

    /// <summary>The next call to <paramref name="path"/> gets this answer instead of LINE's usual one.</summary>
    /// <param name="deliverAnyway">LINE delivers the messages, but the answer is the scripted error (a lost response).</param>
    public FakeLineApi Script(string path, int status, string? message = null, int? retryAfterSeconds = null, bool deliverAnyway = false)
    {
        _script.GetOrAdd(path, _ => new()).Enqueue(new ScriptedAnswer(status, message, retryAfterSeconds, deliverAnyway));
        return this;
    }

    /// <summary>Waits until the calls so far satisfy <paramref name="done"/>; returns them.</summary>
    public async Task<IReadOnlyList<LineCall>> WaitAsync(Func<IReadOnlyList<LineCall>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var calls = Calls;
            if (done(calls)) return calls;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the fake LINE API did not see the expected calls; it saw {calls.Count}: " +
                string.Join(", ", calls.Select(c => $"{c.Path} {c.Status}")));
            await Task.Delay(20);
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var (status, answer, retryAfter) = Answer(request.Path.Value ?? "", headers, body);
        var call = new LineCall(request.Method, request.Path.Value ?? "", headers, body, status, DateTimeOffset.UtcNow);
        if (_record) lock (_calls) _calls.Add(call);
        if (call.IsMessageSend && call.Accepted)
        {
            Interlocked.Increment(ref _accepted);
            OnAccepted?.Invoke(call);
        }
        http.Response.StatusCode = status;
        if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString();
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString());
    }

    private (int Status, JsonObject Body, int? RetryAfter) Answer(string path, Dictionary<string, string> headers, string body)
    {
        if (!headers.TryGetValue("authorization", out var auth) || auth != "Bearer " + AccessToken)
            return (401, Error("Authentication failed due to the expired access token"), null);
        var json = JsonNode.Parse(body) as JsonObject;
        if (_script.TryGetValue(path, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.DeliverAnyway) Deliver(path, headers, json);
            return (scripted.Status, Error(scripted.Message ?? "scripted"), scripted.RetryAfterSeconds);
        }
        switch (path)
        {
            case ReplyPath:
                var token = json?["replyToken"]?.GetValue<string>() ?? "";
                lock (_usedTokens)
                {
                    if (ExpiredTokens.ContainsKey(token) || !_usedTokens.Add(token)) return (400, Error("Invalid reply token"), null);
                }
                return (200, Sent(json), null);
            case PushPath:
                if (headers.TryGetValue("x-line-retry-key", out var key))
                    lock (_acceptedKeys)
                        if (!_acceptedKeys.Add(key)) return (409, Error("The retry key is already accepted"), null);
                return (200, Sent(json), null);
            case LoadingPath:
                return (202, new JsonObject(), null);
            default:
                return (404, Error("Not found"), null);
        }
    }

    private void Deliver(string path, Dictionary<string, string> headers, JsonObject? json)
    {
        if (path == ReplyPath && json?["replyToken"]?.GetValue<string>() is { } token) lock (_usedTokens) _usedTokens.Add(token);
        if (path == PushPath && headers.TryGetValue("x-line-retry-key", out var key)) lock (_acceptedKeys) _acceptedKeys.Add(key);
    }

    private static JsonObject Error(string message) => new() { ["message"] = message };

    private static JsonObject Sent(JsonObject? request)
    {
        var count = (request?["messages"] as JsonArray)?.Count ?? 0;
        return new JsonObject
        {
            ["sentMessages"] = new JsonArray(Enumerable.Range(0, count)
                .Select(_ => (JsonNode)new JsonObject { ["id"] = Random.Shared.NextInt64(1, long.MaxValue).ToString() }).ToArray()),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record ScriptedAnswer(int Status, string? Message, int? RetryAfterSeconds, bool DeliverAnyway);
}
