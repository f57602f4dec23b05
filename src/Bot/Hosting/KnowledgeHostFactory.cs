using HelpBot.Knowledge;

namespace HelpBot.Bot.Hosting;

public static class KnowledgeHostFactory
{
    public static KnowledgeHost Create(HelpBotPaths paths, ILoggerFactory loggers, TimeProvider? clock = null) =>
        new(paths.Content, paths.ContentDisplay, paths.Data, clock, loggers.CreateLogger<KnowledgeHost>());
}
