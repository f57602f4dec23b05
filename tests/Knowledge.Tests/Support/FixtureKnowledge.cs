using HelpBot.Knowledge.Search;

using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Support;

/// <summary>An index built from the fixture content into a private data folder.</summary>
public sealed class FixtureKnowledge : IDisposable
{
    public ContentFolder Content { get; } = new();

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "helpbot-data-" + Guid.NewGuid().ToString("N"));

    public KnowledgeHost Host { get; }

    public FixtureKnowledge()
    {
        Host = new KnowledgeHost(Content.Root, "content", DataPath, new FixedClock(ContentFolder.Today));
        var result = Host.EnsureLoaded();
        Assert.True(Host.IsReady, "fixture index did not build: " + string.Join('\n', result?.Report.Errors ?? []));
    }

    /// <summary>The generation in service now (a fresh lease; the test disposes it).</summary>
    public KnowledgeLease Lease() => Host.Acquire();

    /// <summary>The first generation, held for the fixture's lifetime.</summary>
    public KnowledgeBase Base => (_first ??= Host.Acquire()).Base;

    private KnowledgeLease? _first;

    public BuildResult Rebuild() => Host.Rebuild();

    public void Dispose()
    {
        _first?.Dispose();
        Host.Dispose();
        Content.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
