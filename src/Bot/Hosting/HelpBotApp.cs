using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Staff;
using HelpBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Builds the web application. appsettings.json and wwwroot come from the app's own folder;
/// tests call <see cref="Create"/> with their own settings and a 127.0.0.1 port.
/// </summary>
public static class HelpBotApp
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.AddEnvironmentVariables(HelpBotConfiguration.EnvironmentPrefix);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        var paths = HelpBotPaths.From(builder.Configuration);
        builder.Services.AddSingleton(paths);
        // A test's clock (registered by the configure callback) wins over the machine's.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => KnowledgeHostFactory.Create(paths, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<KnowledgeStartup>();
        builder.Services.AddHelpBotConversations(builder.Configuration, paths);
        builder.Services.AddDirectLine(builder.Configuration, paths);
        builder.Services.AddLine(builder.Configuration, paths);
        builder.Services.AddStaff(builder.Configuration);

        var app = builder.Build();
        // Order matters: the real scheme and client first (behind a proxy), then headers every page
        // gets, then static files, then who the caller is.
        app.UseDirectLine();
        app.UseSecurityHeaders();
        app.UseApiBadRequests();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDirectLine();
        app.MapStaff();
        app.MapGet("/healthz", (KnowledgeHost knowledge) => knowledge.Manifest is { } m
            ? Results.Ok(new { status = "ok", generation = m.Name })
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapLine();
        return app;
    }
}
