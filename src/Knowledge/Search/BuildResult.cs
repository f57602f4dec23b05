using HelpBot.Knowledge.Content;

namespace HelpBot.Knowledge.Search;

/// <summary>The outcome of one index build: the published generation, or the report that stopped it.</summary>
public sealed record BuildResult(bool Success, ContentReport Report, GenerationManifest? Manifest)
{
    public static BuildResult Failed(ContentReport report) => new(false, report, null);
}
