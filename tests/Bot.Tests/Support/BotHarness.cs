using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge;
using HelpBot.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// The conversation layer as the server wires it — SQLite store, middleware, help dialog — on the
/// fixture content, with a fixed clock and no web host: a test says something and reads the replies.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "helpbot-bot-" + Guid.NewGuid().ToString("N"));

    public BotHarness(Action<ContentFolder>? editContent = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        Content = new ContentFolder();
        editContent?.Invoke(Content);
        Clock = new FixedClock(ContentFolder.Today);
        var values = new Dictionary<string, string?> { ["Content:Path"] = Content.Root, ["Data:Path"] = _data, ["Retention:Days"] = "90" };
        foreach (var (key, value) in settings ?? []) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var paths = HelpBotPaths.From(configuration);
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(paths)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(sp => new KnowledgeHost(paths.Content, "content", paths.Data, Clock));
        services.AddHelpBotConversations(configuration, paths);
        configureServices?.Invoke(services);
        _services = services.BuildServiceProvider();
        var host = _services.GetRequiredService<KnowledgeHost>();
        host.EnsureLoaded();
        Assert.True(host.IsReady, "the fixture index did not build");
    }

    public ContentFolder Content { get; }

    public FixedClock Clock { get; }

    public IServiceProvider Services => _services;

    public IConversationStore Store => _services.GetRequiredService<IConversationStore>();

    public IEscalationStore Escalations => _services.GetRequiredService<IEscalationStore>();

    public async Task<ConversationDriver> StartAsync(string channel = "test", string? userId = "resident-1")
    {
        var id = "conv-" + Guid.NewGuid().ToString("N")[..8];
        await Store.EnsureAsync(id, channel, userId);
        return new ConversationDriver(this, id, channel, userId);
    }

    public Task<int> ProcessAsync(string conversationId) => _services.GetRequiredService<TurnProcessor>().ProcessPendingAsync(conversationId);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Content.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
