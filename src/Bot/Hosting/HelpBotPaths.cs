using Microsoft.Extensions.Configuration;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// The content and data folders. Relative paths resolve against the current directory (where the
/// operator ran the command), not the app folder, as the Contracts say.
/// </summary>
public sealed record HelpBotPaths(string Content, string ContentDisplay, string Data)
{
    public static HelpBotPaths From(IConfiguration configuration)
    {
        var content = configuration["Content:Path"] is { Length: > 0 } c ? c : "content";
        var data = configuration["Data:Path"] is { Length: > 0 } d ? d : "data";
        return new HelpBotPaths(Path.GetFullPath(content), content, Path.GetFullPath(data));
    }
}
