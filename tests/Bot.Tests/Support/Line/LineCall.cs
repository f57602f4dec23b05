using System.Text.Json.Nodes;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>One request the fake LINE API received, and what it answered.</summary>
public sealed record LineCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTimeOffset At)
{
    public JsonObject Json => JsonNode.Parse(Body) as JsonObject ?? new JsonObject();

    public bool IsReply => Path == FakeLineApi.ReplyPath;
    public bool IsPush => Path == FakeLineApi.PushPath;
    public bool IsLoading => Path == FakeLineApi.LoadingPath;
    public bool IsMessageSend => IsReply || IsPush;
    public bool Accepted => Status is >= 200 and < 300;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    public string? ReplyToken => Json["replyToken"]?.GetValue<string>();
    public string? To => Json["to"]?.GetValue<string>();
    public string? RetryKey => Header("X-Line-Retry-Key");
    public JsonArray Messages => Json["messages"] as JsonArray ?? [];

    /// <summary>The texts of the message objects, flex messages as their altText.</summary>
    public IReadOnlyList<string> Texts => Messages.OfType<JsonObject>()
        .Select(m => m["text"]?.GetValue<string>() ?? m["altText"]?.GetValue<string>() ?? "").ToList();
}
