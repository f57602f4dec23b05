using HelpBot.Knowledge.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Knowledge;

/// <summary>
/// Holds the generation in service and switches to a newly published one without a restart: a
/// build here (the editor page) or in another process (the reindex verb) publishes; the host sees
/// CURRENT change and swaps atomically. Searches in flight keep their lease on the old generation;
/// it is disposed when the last lease is returned. A failed build changes nothing.
/// </summary>
public sealed class KnowledgeHost : IDisposable
{
    private readonly string _contentPath;
    private readonly string _contentDisplay;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly object _switchLock = new();
    private Loaded? _current;
    private FileSystemWatcher? _watcher;
    private Timer? _poll;

    public KnowledgeHost(string contentPath, string contentDisplay, string dataPath, TimeProvider? clock = null, ILogger? logger = null)
    {
        _contentPath = contentPath;
        _contentDisplay = contentDisplay;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        Store = new IndexStore(dataPath);
    }

    public IndexStore Store { get; }

    public bool IsReady => Volatile.Read(ref _current) is not null;

    public string ContentPath => _contentPath;

    public GenerationManifest? Manifest => Volatile.Read(ref _current)?.Base.Manifest;

    /// <summary>Raised after the host switched to another generation.</summary>
    public event Action<GenerationManifest>? Switched;

    /// <summary>Loads the published generation, building one first when none is published.</summary>
    public BuildResult? EnsureLoaded()
    {
        if (Refresh()) return null;
        var result = Rebuild();
        if (!result.Success && !IsReady)
            _logger.LogError("No index could be built: {Errors} content error(s)", result.Report.Errors.Count());
        return result;
    }

    /// <summary>Runs the same build as the reindex verb and switches to its generation when it passes.</summary>
    public BuildResult Rebuild()
    {
        var result = new IndexBuilder(_clock, _logger).Build(_contentPath, _contentDisplay, Store);
        if (result.Success) Refresh();
        else _logger.LogWarning("Index build failed with {Errors} error(s); the generation in service is unchanged", result.Report.Errors.Count());
        return result;
    }

    /// <summary>Switches to the published generation if it is not the one in service. True when one is in service.</summary>
    public bool Refresh()
    {
        lock (_switchLock)
        {
            var name = Store.CurrentName();
            if (name is null) return IsReady;
            if (_current?.Base.Generation == name) return true;
            KnowledgeBase loaded;
            try
            {
                loaded = KnowledgeBase.Load(Store.PathOf(name), _clock);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                _logger.LogError(e, "Could not load index generation {Generation}; keeping the one in service", name);
                return IsReady;
            }
            var previous = Interlocked.Exchange(ref _current, new Loaded(loaded));
            previous?.Release();
            _logger.LogInformation("Serving index generation {Generation}", name);
            Switched?.Invoke(loaded.Manifest);
            return true;
        }
    }

    /// <summary>A lease on the generation in service; dispose it when the work is done.</summary>
    public KnowledgeLease Acquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _current) ?? throw new InvalidOperationException("No index generation is in service yet.");
            if (current.TryAddRef()) return new KnowledgeLease(current);
        }
    }

    /// <summary>Watches for generations published by another process (a reindex beside the server).</summary>
    public void StartWatching(TimeSpan pollInterval)
    {
        _watcher = new FileSystemWatcher(Store.Root, IndexStore.CurrentFile)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.CreationTime,
            EnableRaisingEvents = true,
        };
        _watcher.Created += (_, _) => SafeRefresh();
        _watcher.Changed += (_, _) => SafeRefresh();
        _watcher.Renamed += (_, _) => SafeRefresh();
        // Watchers can miss events (network filesystems, inotify limits); a slow poll backs them up.
        _poll = new Timer(_ => SafeRefresh(), null, pollInterval, pollInterval);
    }

    private void SafeRefresh()
    {
        try
        {
            Refresh();
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Refreshing the index generation failed");
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
        Interlocked.Exchange(ref _current, null)?.Release();
    }

    /// <summary>A loaded generation with a reference count: the host's own reference plus one per lease.</summary>
    internal sealed class Loaded(KnowledgeBase knowledge)
    {
        private int _references = 1;

        public KnowledgeBase Base { get; } = knowledge;

        public bool TryAddRef()
        {
            while (true)
            {
                var count = Volatile.Read(ref _references);
                if (count == 0) return false;
                if (Interlocked.CompareExchange(ref _references, count + 1, count) == count) return true;
            }
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref _references) == 0) Base.Dispose();
        }
    }
}
