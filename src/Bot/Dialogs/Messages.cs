using YamlDotNet.RepresentationModel;

namespace HelpBot.Bot.Dialogs;

/// <summary>
/// Everything a resident reads that is not content: the one messages file (messages.yaml beside the
/// app), per language, with {placeholders}. A missing language falls back to Japanese; a missing key
/// is a start-up error, not a blank message.
/// </summary>
public sealed class Messages
{
    public const string FileName = "messages.yaml";

    private readonly Dictionary<string, Dictionary<string, string>> _texts;

    private Messages(Dictionary<string, Dictionary<string, string>> texts, IReadOnlyList<QuickTopic> topics, IReadOnlyDictionary<string, IReadOnlyList<string>> canned)
    {
        _texts = texts;
        Topics = topics;
        Canned = canned;
    }

    public IReadOnlyList<QuickTopic> Topics { get; }

    /// <summary>Replies staff can pick in the console, per routing kind ("any" for all).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Canned { get; }

    public static Messages Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "Dialogs", FileName);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var topics = new List<QuickTopic>();
        var canned = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (key == "canned")
            {
                foreach (var (kind, list) in ((YamlMappingNode)valueNode).Children)
                    canned[((YamlScalarNode)kind).Value!] = ((YamlSequenceNode)list).Children.Select(n => ((YamlScalarNode)n).Value ?? "").ToList();
                continue;
            }
            if (key == "topics")
            {
                foreach (var item in ((YamlSequenceNode)valueNode).Children.Cast<YamlMappingNode>())
                    topics.Add(new QuickTopic(Scalar(item, "label"), Scalar(item, "query")));
                continue;
            }
            texts[key] = ((YamlMappingNode)valueNode).Children.ToDictionary(
                p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);
        }
        return new Messages(texts, topics, canned);
    }

    /// <summary>The text for <paramref name="key"/> in <paramref name="lang"/> (or Japanese), with placeholders filled.</summary>
    public string Get(string key, string lang = "ja", params (string Name, object? Value)[] values)
    {
        if (!_texts.TryGetValue(key, out var byLang)) throw new KeyNotFoundException($"message '{key}' is not in {FileName}");
        var text = byLang.TryGetValue(lang, out var t) ? t : byLang.TryGetValue("ja", out var ja) ? ja : byLang.Values.First();
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value?.ToString() ?? "");
        return text;
    }

    public bool Has(string key, string lang) => _texts.TryGetValue(key, out var byLang) && byLang.ContainsKey(lang);

    private static string Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
}
