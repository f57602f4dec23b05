using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Content;

/// <summary>
/// Reads everything under a content folder and checks it as a whole: ids unique, every reference
/// resolvable, every place in one ward. Returns what could be read; callers publish nothing when
/// the report has errors.
/// </summary>
public sealed class ContentLoader
{
    public const string CountersFile = "counters.yaml";
    public const string AreasFile = "areas.yaml";
    public const string SafetyFile = "safety.yaml";
    public const string SynonymsFile = "synonyms.txt";

    private static readonly (string Folder, Collection Collection)[] Folders =
        [("pamphlet", Collection.Pamphlet), ("manga", Collection.Manga), ("portal", Collection.Portal)];

    private readonly TimeProvider _clock;

    public ContentLoader(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <param name="root">The content folder.</param>
    /// <param name="displayRoot">How the folder is named in messages (as the editor typed it); defaults to <paramref name="root"/>.</param>
    public (ContentSet Content, ContentReport Report) Load(string root, string? displayRoot = null)
    {
        var report = new ContentReport();
        displayRoot ??= root;
        if (!Directory.Exists(root))
        {
            report.Error(displayRoot, 1, "content フォルダがありません");
            return (ContentSet.Empty, report);
        }
        var today = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

        var counters = ReadFile(root, displayRoot, CountersFile, report, (t, f) => CountersReader.Read(t, f, report, today));
        var areas = ReadFile(root, displayRoot, AreasFile, report, (t, f) => AreasReader.Read(t, f, report));
        var safety = ReadFile(root, displayRoot, SafetyFile, report, (t, f) => SafetyReader.Read(t, f, report));
        var synonyms = ReadFile(root, displayRoot, SynonymsFile, report, (t, f) => SynonymsReader.Read(t, f, report));
        var documents = ReadDocuments(root, displayRoot, report);

        var content = new ContentSet
        {
            Documents = documents,
            Counters = counters,
            Areas = areas,
            Safety = safety,
            Synonyms = synonyms,
        };
        CrossCheck(content, report);
        return (content, report);
    }

    private static IReadOnlyList<T> ReadFile<T>(string root, string displayRoot, string name, ContentReport report,
        Func<string, string, IReadOnlyList<T>> read)
    {
        var path = Path.Combine(root, name);
        var display = Display(displayRoot, name);
        if (!File.Exists(path))
        {
            report.Error(display, 1, $"{name} がありません");
            return [];
        }
        var text = TextFileReader.Read(path, display, report);
        if (text is null) return [];
        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            report.Error(display, 1, "ファイルが空です");
            return [];
        }
        return read(text, display);
    }

    private static List<ContentDocument> ReadDocuments(string root, string displayRoot, ContentReport report)
    {
        var documents = new List<ContentDocument>();
        foreach (var (folder, collection) in Folders)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                var display = Display(displayRoot, relative);
                if (Path.GetFileName(path).StartsWith('.')) continue;
                if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    report.Warning(display, 1, "Markdown（.md）ではないので読みません");
                    continue;
                }
                var text = TextFileReader.Read(path, display, report);
                if (text is null) continue;
                var doc = DocumentReader.Read(text, display, collection, report);
                if (doc is not null) documents.Add(doc);
            }
        }
        return documents;
    }

    private static void CrossCheck(ContentSet content, ContentReport report)
    {
        var countersById = new Dictionary<string, Counter>(StringComparer.Ordinal);
        foreach (var c in content.Counters)
        {
            if (countersById.TryGetValue(c.Id, out var first))
                report.Error(c.Location.File, c.Location.Line, $"counter id '{c.Id}' が重複しています（最初は {first.Location}）");
            else countersById[c.Id] = c;
        }

        var docsById = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var d in content.Documents)
        {
            if (docsById.TryGetValue(d.Id, out var first))
                report.Error(d.Location.File, d.Location.Line, $"id '{d.Id}' が重複しています（最初は {first.Location}）");
            else docsById[d.Id] = d;
            foreach (var id in d.Counters.Where(id => !countersById.ContainsKey(id)))
                report.Error(d.CountersLocation.File, d.CountersLocation.Line, $"counters の '{id}' は counters.yaml にありません");
        }

        var rulesById = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in content.Safety)
        {
            if (!rulesById.Add(r.Id)) report.Error(r.Location.File, r.Location.Line, $"safety の id '{r.Id}' が重複しています");
            foreach (var id in r.Counters.Where(id => !countersById.ContainsKey(id)))
                report.Error(r.CountersLocation.File, r.CountersLocation.Line, $"counters の '{id}' は counters.yaml にありません");
        }

        CheckPlaces(content, report);
        CheckHoukatsuAreas(content, report);
    }

    /// <summary>A place word must lead to exactly one ward, or the resolver could not decide.</summary>
    private static void CheckPlaces(ContentSet content, ContentReport report)
    {
        var wardOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenWards = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in content.Areas)
        {
            if (!seenWards.Add(w.Ward))
                report.Error(w.Location.File, w.Location.Line, $"ward '{w.Ward}' が 2 回書かれています");
            var places = w.Names.Concat(w.Towns).Concat(w.Stations).Concat(w.Landmarks)
                .Concat(w.Districts.SelectMany(d => d.Towns)).Select(PlaceText.Normalize).Distinct();
            foreach (var place in places)
            {
                if (wardOf.TryGetValue(place, out var other) && other != w.Ward)
                    report.Error(w.Location.File, w.Location.Line, $"'{place}' が {other} と {w.Ward} の両方にあります（どちらの区か決められません）");
                else wardOf[place] = w.Ward;
            }
        }
        if (content.Areas.Count > 0)
        {
            var file = content.Areas[0].Location.File;
            foreach (var missing in Wards.All.Where(w => !seenWards.Contains(w)))
                report.Warning(file, 1, $"{missing} の地名がありません");
        }
    }

    /// <summary>One 町名 has one responsible 地域包括支援センター.</summary>
    private static void CheckHoukatsuAreas(ContentSet content, ContentReport report)
    {
        var owner = new Dictionary<string, Counter>(StringComparer.Ordinal);
        foreach (var c in content.Counters.Where(c => c.Areas.Count > 0))
        {
            if (c.Kind != RoutingKind.Houkatsu)
                report.Warning(c.Location.File, c.Location.Line, $"areas は地域包括支援センター（kind: houkatsu）の担当区域のためのものです（'{c.Id}' は {c.Kind.ToName()}）");
            if (c.Ward is null)
                report.Error(c.Location.File, c.Location.Line, $"areas のある '{c.Id}' には ward を書いてください");
            foreach (var area in c.Areas.Select(PlaceText.Normalize))
            {
                if (owner.TryGetValue(area, out var first) && first.Id != c.Id)
                    report.Error(c.Location.File, c.Location.Line, $"町名 '{area}' が '{first.Id}' と '{c.Id}' の両方の担当区域にあります");
                else owner[area] = c;
            }
        }
    }

    private static string Display(string displayRoot, string relative) =>
        displayRoot is "" or "." ? relative : $"{displayRoot.TrimEnd('/', '\\')}/{relative}";

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
}
