using HelpBot.Knowledge.Content;

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

        var app = builder.Build();
        var (_, report) = new ContentLoader().Load(paths.Content, paths.ContentDisplay);
        var ready = !report.HasErrors;
        app.MapGet("/healthz", () => ready ? Results.Ok(new { status = "ok" }) : Results.Json(new { status = "starting" }, statusCode: 503));
        return app;
    }
}
