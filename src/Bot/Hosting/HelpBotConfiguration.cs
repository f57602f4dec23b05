using Microsoft.Extensions.Configuration;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Configuration for the command-line verbs: appsettings.json from the app's own folder, then
/// environment variables with the HELPBOT_ prefix (<c>HELPBOT_Content__Path</c>).
/// </summary>
public static class HelpBotConfiguration
{
    public const string EnvironmentPrefix = "HELPBOT_";

    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .Build();
}
