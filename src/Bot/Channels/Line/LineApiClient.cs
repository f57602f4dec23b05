using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HelpBot.Bot.Channels.Line;

/// <summary>
/// The LINE Messaging API calls HelpBot makes: reply, push (with <c>X-Line-Retry-Key</c>) and the loading
/// animation. A typed HttpClient: base address <c>Line:ApiBaseUrl</c>, bearer <c>Line:ChannelAccessToken</c>,
/// and a resilience handler (see <see cref="LineServices"/>) that retries 429 and 5xx with backoff,
/// honouring Retry-After. Logs name the endpoint and status only.
/// </summary>
public sealed class LineApiClient(HttpClient http, ILogger<LineApiClient> logger)
{
    public const string RetryKeyHeader = "X-Line-Retry-Key";

    public Task<LineApiResult> ReplyAsync(string replyToken, JsonArray messages, CancellationToken ct = default) =>
        PostAsync("v2/bot/message/reply", new JsonObject { ["replyToken"] = replyToken, ["messages"] = messages }, null, ct);

    public Task<LineApiResult> PushAsync(string to, JsonArray messages, string retryKey, CancellationToken ct = default) =>
        PostAsync("v2/bot/message/push", new JsonObject { ["to"] = to, ["messages"] = messages }, retryKey, ct);

    public Task<LineApiResult> StartLoadingAsync(string chatId, int seconds, CancellationToken ct = default) =>
        PostAsync("v2/bot/chat/loading/start", new JsonObject { ["chatId"] = chatId, ["loadingSeconds"] = seconds }, null, ct);

    private async Task<LineApiResult> PostAsync(string path, JsonObject body, string? retryKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(LineMessageConverter.Json), Encoding.UTF8, "application/json"),
        };
        if (retryKey is not null) request.Headers.Add(RetryKeyHeader, retryKey);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return new LineApiResult((int)response.StatusCode, null);
            var error = await ErrorMessageAsync(response, ct);
            logger.LogWarning("LINE {Path} answered {Status}: {Error}", path, (int)response.StatusCode, error);
            return new LineApiResult((int)response.StatusCode, error);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("LINE {Path} did not answer: {Error}", path, e.GetType().Name);
            return new LineApiResult(0, e.GetType().Name);
        }
    }

    /// <summary>LINE's <c>message</c> from the error body (no resident text: LINE does not echo message content).</summary>
    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (JsonNode.Parse(text) is JsonObject o && o["message"] is JsonValue m && m.TryGetValue<string>(out var message))
                return message.Length > 200 ? message[..200] : message;
            return response.ReasonPhrase ?? "";
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or InvalidOperationException)
        {
            return response.ReasonPhrase ?? "";
        }
    }

    internal static void Configure(HttpClient http, LineOptions options)
    {
        http.BaseAddress = new Uri(options.ApiBaseUrl + "/");
        http.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler bounds each attempt and the whole call
        if (options.ChannelAccessToken.Length > 0)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ChannelAccessToken);
    }
}
