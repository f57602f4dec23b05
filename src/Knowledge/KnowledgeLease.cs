namespace HelpBot.Knowledge;

/// <summary>
/// A hold on one generation for the length of a piece of work: the generation is not disposed while
/// any lease is open, so a search that started before a switch finishes on the generation it began with.
/// </summary>
public sealed class KnowledgeLease : IDisposable
{
    private readonly KnowledgeHost.Loaded _loaded;
    private int _released;

    internal KnowledgeLease(KnowledgeHost.Loaded loaded) => _loaded = loaded;

    public KnowledgeBase Base => _loaded.Base;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _loaded.Release();
    }
}
