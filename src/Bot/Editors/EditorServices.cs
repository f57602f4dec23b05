namespace HelpBot.Bot.Editors;

public static class EditorServices
{
    public static IServiceCollection AddEditors(this IServiceCollection services)
    {
        services.AddSingleton<IUnansweredStore, SqliteUnansweredStore>();
        services.AddHostedService<UnansweredRecorder>();
        return services;
    }
}
