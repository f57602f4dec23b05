using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>
/// The real server with LINE switched on and pointed at a <see cref="FakeLineApi"/>: post signed
/// webhook bodies, then read what LINE was asked to send and what the server stored.
/// </summary>
public sealed class LineHarness : IAsyncDisposable
{
    public const string Secret = "test-line-channel-secret";

    private readonly bool _ownsApi;

    private LineHarness(HelpBotServer server, FakeLineApi api, bool ownsApi)
    {
        Server = server;
        Api = api;
        _ownsApi = ownsApi;
        Client = server.Client();
    }

    public HelpBotServer Server { get; }
    public FakeLineApi Api { get; }
    public HttpClient Client { get; }

    public ILineOutboxStore Outbox => Server.Services.GetRequiredService<ILineOutboxStore>();
    public IConversationStore Store => Server.Services.GetRequiredService<IConversationStore>();

    /// <param name="api">A fake shared with another server (a restart); by default a new one, stopped on dispose.</param>
    public static async Task<LineHarness> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        string? dataPath = null, FakeLineApi? api = null)
    {
        var ownsApi = api is null;
        api ??= await FakeLineApi.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = Secret,
            ["Line:ChannelAccessToken"] = api.AccessToken,
            ["Line:ApiBaseUrl"] = api.BaseAddress.ToString().TrimEnd('/'),
            ["Line:HttpRetryDelayMilliseconds"] = "20",
            ["Line:SendRetryDelaySeconds"] = "0",
            // No loading animation unless a test asks: turns on the fixture content are fast.
            ["Line:LoadingAfterMilliseconds"] = "60000",
        };
        foreach (var (key, value) in settings ?? []) values[key] = value;
        var server = await HelpBotServer.StartAsync(values, services, dataPath: dataPath);
        return new LineHarness(server, api, ownsApi);
    }

    public Task<HttpResponseMessage> PostAsync(params JsonObject[] events) => PostRawAsync(LineEvents.Body(events), sign: true);

    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, bool sign = true, string? signature = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, LineWebhookEndpoint.Path) { Content = content };
        if (signature is not null) request.Headers.TryAddWithoutValidation(LineSignatureVerifier.Header, signature);
        else if (sign) request.Headers.TryAddWithoutValidation(LineSignatureVerifier.Header, LineSignatureVerifier.Sign(Secret, body));
        return await Client.SendAsync(request);
    }

    public string ConversationId(string userId) => Server.Services.GetRequiredService<LineConversationIds>().For(userId);

    /// <summary>Waits until every stored event is processed, every turn has run and the outbox holds nothing pending.</summary>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var inbox = Server.Services.GetRequiredService<ILineInboxStore>();
        var lines = Server.Services.GetRequiredService<ILineConversationStore>();
        async Task<bool> SettledAsync() =>
            (await inbox.PendingAsync(1)).Count == 0                                           // every event appended
            && (await Store.ConversationsWithUnprocessedAsync()).Count == 0                    // every turn committed
            && (await lines.WithUnplannedRepliesAsync()).Count == 0                            // every reply in the outbox
            && (await Outbox.UndeliveredAsync()).All(d => d.Status != LineDeliveryStatus.Pending); // and sent
        while (true)
        {
            // Twice in a row, a moment apart: the checks are not one snapshot.
            if (await SettledAsync())
            {
                await Task.Delay(50);
                if (await SettledAsync()) return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the LINE channel did not settle: "
                    + $"inbox pending {(await inbox.PendingAsync(100)).Count}, "
                    + $"conversations with unprocessed turns {(await Store.ConversationsWithUnprocessedAsync()).Count}, "
                    + $"replies not yet in the outbox {(await lines.WithUnplannedRepliesAsync()).Count}, "
                    + $"deliveries pending {(await Outbox.UndeliveredAsync()).Count(d => d.Status == LineDeliveryStatus.Pending)}");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>The conversation's transcript, internal activities included.</summary>
    public async Task<IReadOnlyList<StoredActivity>> TranscriptAsync(string userId) =>
        await Store.ReadAsync(ConversationId(userId), 0, includeInternal: true, limit: 10_000);

    public async Task<IReadOnlyList<Activity>> InboundAsync(string userId) =>
        (await TranscriptAsync(userId)).Where(a => a.Direction == ActivityDirection.Inbound).Select(a => a.Activity).ToList();

    public Task<IReadOnlyList<LineDeliveryView>> DeliveriesAsync(string userId) => Outbox.ForConversationAsync(ConversationId(userId));

    /// <summary>Message sends (replies and pushes) that answered <paramref name="userId"/>: pushes to them and replies with their events' tokens.</summary>
    public IReadOnlyList<LineCall> SendsTo(string userId, IEnumerable<JsonObject> events)
    {
        var tokens = events.Select(e => e["replyToken"]?.GetValue<string>()).OfType<string>().ToHashSet();
        return Api.Calls.Where(c => (c.IsPush && c.To == userId) || (c.IsReply && c.ReplyToken is { } t && tokens.Contains(t))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        if (_ownsApi) await Api.DisposeAsync();
    }
}
