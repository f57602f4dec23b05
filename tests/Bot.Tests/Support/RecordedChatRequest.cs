using System.Text.Json.Nodes;

namespace HelpBot.Bot.Tests.Support;

/// <summary>One request the fake chat server received, as it arrived.</summary>
public sealed record RecordedChatRequest(int Index, string Path, string Authorization, string ApiKey, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string Model => Json["model"]!.GetValue<string>();

    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m["content"]))).ToList();

    public string System => Messages.First(m => m.Role == "system").Content;

    public string User => Messages.First(m => m.Role == "user").Content;

    /// <summary>The function names offered as tools (none when the request has no tools).</summary>
    public IReadOnlyList<string> Tools =>
        Json["tools"]?.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList() ?? [];

    private static string ContentOf(JsonNode? content) => content switch
    {
        null => "",
        JsonValue v => v.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => content.ToJsonString(),
    };
}
