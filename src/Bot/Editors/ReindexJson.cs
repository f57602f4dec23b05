using System.Text.Json.Serialization;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search;

namespace HelpBot.Bot.Editors;

/// <summary>The outcome of a reindex from the editor page: the generation now serving, or the errors that stopped it.</summary>
public sealed record ReindexJson(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("errors")] IReadOnlyList<IssueJson> Errors,
    [property: JsonPropertyName("warnings")] IReadOnlyList<IssueJson> Warnings,
    [property: JsonPropertyName("generation")] GenerationManifest? Generation)
{
    public static ReindexJson From(BuildResult result, GenerationManifest? serving) => new(
        result.Success,
        result.Report.Errors.Select(IssueJson.From).ToList(),
        result.Report.Warnings.Select(IssueJson.From).ToList(),
        serving);
}

public sealed record IssueJson(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("text")] string Text)
{
    public static IssueJson From(ContentIssue i) => new(i.File, i.Line, i.Message, i.ToString());
}
