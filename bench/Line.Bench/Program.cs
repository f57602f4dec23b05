using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using HelpBot.Bot.Tests.Support.Line;

// Load driver for the LINE webhook. Starts a fake LINE API on 127.0.0.1, starts the built HelpBot
// server as a child process pointed at it (its own data folder, the repository's content), waits for
// /healthz, warms up, then posts a burst of signed webhook events (one event per request, each user's
// events in order, --concurrency requests in flight) and reports the acknowledgement latency of the
// webhook and how fast events were answered (accepted reply or push calls at the fake API).
//
//   dotnet build -c Release src/Bot && dotnet run -c Release --project bench/Line.Bench -- [--events 1000] [--users 250] [--concurrency 32]
//       [--server src/Bot/bin/Release/net10.0/HelpBot.dll] [--content content] [--server-log FILE (the server's Information log)]

var options = BenchOptions.Parse(args);
const string secret = "bench-line-channel-secret";

await using var api = await FakeLineApi.StartAsync("bench-access-token", record: false);
var answered = new ConcurrentDictionary<string, DateTime>();
var pushes = 0;
api.OnAccepted = call =>
{
    if (call.IsReply && call.ReplyToken is { } token) answered.TryAdd(token, DateTime.UtcNow);
    else if (call.IsPush) Interlocked.Increment(ref pushes);
};

var port = FreePort();
var data = Path.Combine(Path.GetTempPath(), "helpbot-line-bench-" + Guid.NewGuid().ToString("N"));
var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(options.Server), "serve"])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    UseShellExecute = false,
};
start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
start.Environment["HELPBOT_Content__Path"] = Path.GetFullPath(options.Content);
start.Environment["HELPBOT_Data__Path"] = data;
start.Environment["HELPBOT_Line__ChannelSecret"] = secret;
start.Environment["HELPBOT_Line__ChannelAccessToken"] = api.AccessToken;
start.Environment["HELPBOT_Line__ApiBaseUrl"] = api.BaseAddress.ToString().TrimEnd('/');
start.Environment["HELPBOT_Logging__LogLevel__Default"] = options.ServerLog is null ? "Warning" : "Information";
using var server = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
var serverErrors = new ConcurrentQueue<string>();
server.ErrorDataReceived += (_, e) => { if (e.Data is { } line) serverErrors.Enqueue(line); };
var serverLog = options.ServerLog is { } logPath ? new StreamWriter(logPath) { AutoFlush = true } : null;
server.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (server) serverLog?.WriteLine(line); };

server.BeginErrorReadLine();
server.BeginOutputReadLine();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 })
{
    BaseAddress = new Uri($"http://127.0.0.1:{port}"),
    Timeout = TimeSpan.FromSeconds(60),
};
try
{
    await WaitHealthyAsync(http, server, TimeSpan.FromMinutes(3));

    // Warm-up: JIT, connection pool, index caches; not measured.
    var warm = Enumerable.Range(0, 40).Select(i => LineEvents.Text(LineEvents.UserId($"warm-{i}"), Worries.Pick(i))).ToList();
    await Task.WhenAll(warm.Select(e => PostAsync(http, e)));
    await WaitAnsweredAsync(warm.Select(LineEvents.ReplyToken), TimeSpan.FromMinutes(2));

    var events = Enumerable.Range(0, options.Users).Select(u =>
    {
        var user = LineEvents.UserId($"bench-{u}");
        var count = options.Events / options.Users + (u < options.Events % options.Users ? 1 : 0);
        return Enumerable.Range(0, count).Select(k => LineEvents.Text(user, Worries.Pick(u + k))).ToList();
    }).Where(list => list.Count > 0).ToList();
    var tokens = events.SelectMany(list => list.Select(LineEvents.ReplyToken)).ToList();
    var latencies = new ConcurrentBag<double>();
    var failures = 0;
    using var slots = new SemaphoreSlim(options.Concurrency);
    var clock = Stopwatch.StartNew();
    var startedAt = DateTime.UtcNow;
    await Task.WhenAll(events.Select(userEvents => Task.Run(async () =>
    {
        foreach (var e in userEvents)
        {
            await slots.WaitAsync();
            try
            {
                var watch = Stopwatch.StartNew();
                var status = await PostAsync(http, e);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (status != HttpStatusCode.OK) Interlocked.Increment(ref failures);
            }
            finally
            {
                slots.Release();
            }
        }
    })));
    var postSeconds = clock.Elapsed.TotalSeconds;
    var allAnswered = await WaitAnsweredAsync(tokens, TimeSpan.FromMinutes(5));
    var lastAnswer = tokens.Select(t => answered.TryGetValue(t, out var at) ? at : DateTime.MinValue).Max();
    var answerSeconds = (lastAnswer - startedAt).TotalSeconds;

    var sorted = latencies.OrderBy(x => x).ToArray();
    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    Console.WriteLine($"burst: {tokens.Count} events from {events.Count} users, {options.Concurrency} requests in flight, one event per request");
    Console.WriteLine($"acknowledged: {sorted.Length - failures}/{tokens.Count} (non-200: {failures}) in {postSeconds:F2} s = {tokens.Count / postSeconds:F0} events/s");
    Console.WriteLine($"ack latency ms: p50 {P(0.50):F1}  p90 {P(0.90):F1}  p99 {P(0.99):F1}  max {sorted[^1]:F1}");
    Console.WriteLine($"answered: {tokens.Count(answered.ContainsKey)}/{tokens.Count} by reply (+{pushes} pushes) within {answerSeconds:F2} s of the first post = {tokens.Count / answerSeconds:F0} events/s{(allAnswered ? "" : "  (TIMED OUT)")}");
    return allAnswered && failures == 0 ? 0 : 1;
}
finally
{
    if (!server.HasExited)
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
    }
    foreach (var line in serverErrors.Take(20)) Console.Error.WriteLine("server: " + line);
    try { Directory.Delete(data, recursive: true); } catch (IOException) { }
}

async Task<bool> WaitAnsweredAsync(IEnumerable<string> wanted, TimeSpan timeout)
{
    var set = wanted.ToList();
    var deadline = DateTime.UtcNow + timeout;
    while (DateTime.UtcNow < deadline)
    {
        if (set.All(answered.ContainsKey)) return true;
        await Task.Delay(10);
    }
    return false;
}

static async Task<HttpStatusCode> PostAsync(HttpClient http, System.Text.Json.Nodes.JsonObject e)
{
    var body = LineEvents.Body(e);
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook") { Content = content };
    request.Headers.TryAddWithoutValidation("x-line-signature", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
    using var response = await http.SendAsync(request);
    return response.StatusCode;
}

static async Task WaitHealthyAsync(HttpClient http, Process server, TimeSpan timeout)
{
    var deadline = DateTime.UtcNow + timeout;
    while (DateTime.UtcNow < deadline)
    {
        if (server.HasExited) throw new InvalidOperationException($"the server exited with {server.ExitCode}");
        try
        {
            if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(200);
    }
    throw new TimeoutException("the server did not become healthy");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed record BenchOptions(int Events, int Users, int Concurrency, string Server, string Content, string? ServerLog)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => int.TryParse(Value(name), out var v) && v > 0 ? v : fallback;
        return new BenchOptions(
            Int("--events", 1000),
            Int("--users", 250),
            Int("--concurrency", 32),
            Value("--server") ?? Path.Combine("src", "Bot", "bin", "Release", "net10.0", "HelpBot.dll"),
            Value("--content") ?? "content",
            Value("--server-log"));
    }
}

internal static class Worries
{
    private static readonly string[] All =
    [
        "武蔵小杉に住む母がもの忘れがひどくて心配です",
        "父の介護のことで相談したいです。高津区です。",
        "子育てがつらいです。川崎区に住んでいます。",
        "障害のある子どもの福祉サービスについて知りたい。多摩区です。",
        "生活に困っていてお金がありません。幸区です。",
        "ボランティアをしてみたい。麻生区です。",
        "明日の天気はどうですか",
    ];

    public static string Pick(int i) => All[i % All.Length];
}
