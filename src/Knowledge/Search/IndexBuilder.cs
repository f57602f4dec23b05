using System.Text.Json;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Knowledge.Search;

/// <summary>
/// Builds a new index generation from a content folder and publishes it. The content is copied into
/// the generation and re-read from that copy, so what is served is exactly what was validated, even
/// if an editor saves a file during the build. Nothing is published unless the whole build passes;
/// a failed build leaves the last good generation serving.
/// </summary>
public sealed class IndexBuilder
{
    public const string ContentFolder = "content";
    public const string LuceneFolder = "lucene";
    public const string ManifestFile = "manifest.json";

    private static readonly string[] DataFiles =
        [ContentLoader.CountersFile, ContentLoader.AreasFile, ContentLoader.SafetyFile, ContentLoader.SynonymsFile];

    private static readonly string[] CollectionFolders = ["pamphlet", "manga", "portal"];

    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public IndexBuilder(TimeProvider? clock = null, ILogger? logger = null)
    {
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    public BuildResult Build(string contentPath, string contentDisplay, IndexStore store)
    {
        using var buildLock = store.AcquireBuildLock(TimeSpan.FromMinutes(2));
        var loader = new ContentLoader(_clock);
        var (_, report) = loader.Load(contentPath, contentDisplay);
        if (report.HasErrors) return BuildResult.Failed(report);

        var now = _clock.GetUtcNow();
        var name = store.NewGenerationName(now);
        var staging = store.PathOf(name) + ".staging";
        try
        {
            var snapshot = Path.Combine(staging, ContentFolder);
            CopyContent(contentPath, snapshot);
            var (content, snapshotReport) = loader.Load(snapshot, contentDisplay);
            if (snapshotReport.HasErrors) return BuildResult.Failed(snapshotReport);

            WriteIndex(content, Path.Combine(staging, LuceneFolder));
            var manifest = Manifest(name, now, content, snapshotReport, contentPath);
            File.WriteAllText(Path.Combine(staging, ManifestFile), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));

            System.IO.Directory.Move(staging, store.PathOf(name));
            store.Publish(name);
            store.Prune();
            _logger.LogInformation("Published index generation {Generation}: {Documents} documents, {Counters} counters",
                name, manifest.Documents, manifest.Counters);
            return new BuildResult(true, snapshotReport, manifest);
        }
        finally
        {
            if (System.IO.Directory.Exists(staging)) System.IO.Directory.Delete(staging, recursive: true);
        }
    }

    private static void CopyContent(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in DataFiles)
        {
            var source = Path.Combine(from, file);
            if (File.Exists(source)) File.Copy(source, Path.Combine(to, file));
        }
        foreach (var folder in CollectionFolders)
        {
            var source = Path.Combine(from, folder);
            if (!System.IO.Directory.Exists(source)) continue;
            foreach (var file in System.IO.Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static void WriteIndex(ContentSet content, string path)
    {
        using var directory = FSDirectory.Open(path);
        using var analyzer = SearchFields.CreateAnalyzer(new DomainTerms(content.Synonyms));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var doc in content.Documents) writer.AddDocument(DocumentIndexer.ToLucene(doc));
        writer.Commit();
    }

    private GenerationManifest Manifest(string name, DateTimeOffset now, ContentSet content, ContentReport report, string contentPath)
    {
        var yearAgo = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime).AddYears(-1);
        return new GenerationManifest
        {
            Name = name,
            BuiltAt = now,
            Documents = content.Documents.Count,
            DocumentsByCollection = content.Documents
                .GroupBy(d => d.Collection.ToString().ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.Count()),
            Counters = content.Counters.Count,
            StaleCounters = content.Counters.Where(c => c.Verified < yearAgo).Select(c => new StaleCounter(c.Id, c.Verified)).ToList(),
            Warnings = report.Warnings.Select(w => w.ToString()).ToList(),
            ContentCommit = GitCommitReader.TryRead(contentPath),
        };
    }
}
