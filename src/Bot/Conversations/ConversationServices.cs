using HelpBot.Bot.Ai;
using HelpBot.Bot.Dialogs;
using HelpBot.Bot.Handoff;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Privacy;
using HelpBot.Bot.Storage;

namespace HelpBot.Bot.Conversations;

/// <summary>Registers storage, the turn pipeline and the help dialog.</summary>
public static class ConversationServices
{
    public static IServiceCollection AddHelpBotConversations(this IServiceCollection services, IConfiguration configuration, HelpBotPaths paths)
    {
        services.AddSingleton(RetentionOptions.From(configuration));
        services.AddStaffing(configuration);
        services.AddSingleton(_ => IdentifierHasher.FromConfiguration(configuration, paths.Data));
        var provider = configuration["Storage:Provider"] is { Length: > 0 } p ? p.Trim().ToLowerInvariant() : "sqlite";
        if (provider != "sqlite")
        {
            // PostgreSQL (for several nodes) is planned behind the same interfaces; until it exists, say so rather than silently use SQLite.
            throw new InvalidOperationException(
                $"Storage:Provider '{configuration["Storage:Provider"]}' is not available in this version: use 'sqlite' (the default). PostgreSQL support is planned.");
        }
        services.AddSingleton(_ =>
        {
            var database = configuration["Storage:ConnectionString"] is { Length: > 0 } cs ? new SqliteDatabase(cs) : SqliteDatabase.InDataFolder(paths.Data);
            database.Migrate();
            return database;
        });
        services.AddSingleton<SqliteConversationStore>();
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<SqliteConversationStore>());
        services.AddSingleton<IEscalationStore, SqliteEscalationStore>();

        services.AddSingleton(_ => Messages.Load());
        services.AddSingleton<CounterCards>();
        services.AddSingleton<QuickReplies>();
        services.AddGenerativeAnswers(configuration);
        services.AddSingleton<IBot, HelpDialog>();
        // Order matters: redaction scopes the logs of everything after it; safety runs before the dialog.
        services.AddSingleton<ITurnMiddleware, LogRedactionMiddleware>();
        services.AddSingleton<ITurnMiddleware, SafetyMiddleware>();

        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ActivityBus>();
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<TurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        services.AddHostedService<RetentionPurger>();
        return services;
    }
}
