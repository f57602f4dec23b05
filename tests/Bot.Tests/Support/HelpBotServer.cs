using HelpBot.Bot.Hosting;
using HelpBot.Knowledge;
using HelpBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// The real server (HelpBotApp, Kestrel) on 127.0.0.1 with a free port, the fixture content, a
/// private data folder and a fixed clock. Protocol tests talk to it over real HTTP.
/// </summary>
public sealed class HelpBotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private HelpBotServer(WebApplication app, ContentFolder content, string data, bool ownsData, FixedClock clock)
    {
        _app = app;
        _ownsData = ownsData;
        Content = content;
        DataPath = data;
        Clock = clock;
    }

    public ContentFolder Content { get; }
    public string DataPath { get; }
    public FixedClock Clock { get; }
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;

    /// <param name="dataPath">A data folder the test keeps (to start a server again on the same data); by default a private one, deleted on dispose.</param>
    public static async Task<HelpBotServer> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool waitForIndex = true,
        string? dataPath = null)
    {
        var content = new ContentFolder();
        var data = dataPath ?? Path.Combine(Path.GetTempPath(), "helpbot-server-" + Guid.NewGuid().ToString("N"));
        var clock = new FixedClock(ContentFolder.Today);
        var app = HelpBotApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var values = new Dictionary<string, string?> { ["Content:Path"] = content.Root, ["Data:Path"] = data };
            foreach (var (key, value) in settings ?? []) values[key] = value;
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton<TimeProvider>(clock);
            services?.Invoke(builder.Services);
        });
        var server = new HelpBotServer(app, content, data, ownsData: dataPath is null, clock);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1"));
        if (waitForIndex) await server.WaitUntilReadyAsync();
        return server;
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits until an index generation is in service (/healthz 200).</summary>
    public async Task WaitUntilReadyAsync()
    {
        var knowledge = _app.Services.GetRequiredService<KnowledgeHost>();
        for (var i = 0; i < 600 && !knowledge.IsReady; i++) await Task.Delay(50);
        Assert.True(knowledge.IsReady, "the server did not load an index");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Content.Dispose();
        if (_ownsData) try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
