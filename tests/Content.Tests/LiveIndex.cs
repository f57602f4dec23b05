using HelpBot.Knowledge;

namespace HelpBot.Content.Tests;

/// <summary>An index built once from the live content/ into a private data folder, for the routing-quality checks.</summary>
public static class LiveIndex
{
    private static readonly Lazy<KnowledgeHost> Host = new(() =>
    {
        var data = Path.Combine(Path.GetTempPath(), "helpbot-live-" + Guid.NewGuid().ToString("N"));
        var host = new KnowledgeHost(Path.Combine(LiveContent.RepositoryRoot, "content"), "content", data);
        host.EnsureLoaded();
        if (!host.IsReady) throw new InvalidOperationException("the live content did not build an index");
        return host;
    });

    public static KnowledgeLease Lease() => Host.Value.Acquire();
}
