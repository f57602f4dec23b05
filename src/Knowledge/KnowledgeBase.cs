using System.Text.Json;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Safety;
using HelpBot.Knowledge.Search;

namespace HelpBot.Knowledge;

/// <summary>
/// One published index generation, loaded: its content snapshot, searcher, safety rules, places,
/// counters and router. Immutable once loaded; a new generation is a new KnowledgeBase.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private KnowledgeBase(GenerationManifest manifest, ContentSet content, PassageSearcher searcher, TimeProvider clock)
    {
        Manifest = manifest;
        Content = content;
        Searcher = searcher;
        Safety = new SafetyDetector(content.Safety);
        Places = new PlaceResolver(content.Areas, content.Counters);
        Counters = new CounterDirectory(content.Counters, clock);
        Router = new Router(searcher, Safety, Places, Counters);
    }

    public GenerationManifest Manifest { get; }
    public ContentSet Content { get; }
    public PassageSearcher Searcher { get; }
    public SafetyDetector Safety { get; }
    public PlaceResolver Places { get; }
    public CounterDirectory Counters { get; }
    public Router Router { get; }

    public string Generation => Manifest.Name;

    public static KnowledgeBase Load(string generationPath, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var manifest = JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(Path.Combine(generationPath, IndexBuilder.ManifestFile)))
            ?? throw new InvalidDataException("empty manifest in " + generationPath);
        var (content, report) = new ContentLoader(clock).Load(Path.Combine(generationPath, IndexBuilder.ContentFolder), "content");
        if (report.HasErrors)
            throw new InvalidDataException($"generation {manifest.Name} content no longer validates: {report.Errors.First()}");
        var searcher = new PassageSearcher(Path.Combine(generationPath, IndexBuilder.LuceneFolder), content);
        return new KnowledgeBase(manifest, content, searcher, clock);
    }

    public void Dispose() => Searcher.Dispose();
}
