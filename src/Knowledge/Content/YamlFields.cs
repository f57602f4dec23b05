using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>
/// Typed, line-aware access to one YAML mapping: each getter reports a missing or mistyped field
/// at its own line, and <see cref="ReportUnknown"/> names keys the format does not define.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly ContentReport _report;
    private readonly int _lineOffset;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, ContentReport report, int lineOffset = 0)
    {
        _map = map;
        _file = file;
        _report = report;
        _lineOffset = lineOffset;
    }

    public int Line => YamlDocumentReader.Line(_map) + _lineOffset;

    public string File => _file;

    public int LineOf(string key)
    {
        var entry = Find(key);
        return entry is null ? Line : YamlDocumentReader.Line(entry.Value.Key) + _lineOffset;
    }

    public bool Has(string key) => Find(key) is { } e && !IsNull(e.Value);

    public string? String(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required) Error(key, $"'{key}' が空です");
                return null;
            }
            return value;
        }
        Error(key, $"'{key}' は文字列で書いてください（{Describe(node)}になっています）");
        return null;
    }

    public IReadOnlyList<string> StringList(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(key, $"'{key}' はリストで書いてください（{Describe(node)}になっています）");
            return [];
        }
        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
            {
                items.Add(v.Trim());
            }
            else
            {
                _report.Error(_file, YamlDocumentReader.Line(item) + _lineOffset, $"'{key}' の項目は空でない文字列で書いてください");
            }
        }
        if (required && items.Count == 0 && sequence.Children.Count == 0) Error(key, $"'{key}' に 1 つ以上書いてください");
        return items;
    }

    public DateOnly? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(key, $"'{key}' は日付 YYYY-MM-DD で書いてください（'{text}'）");
        return null;
    }

    public bool? Bool(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (text is "true" or "yes") return true;
        if (text is "false" or "no") return false;
        Error(key, $"'{key}' は true か false で書いてください（'{text}'）");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlSequenceNode seq) return seq;
        Error(key, $"'{key}' はリストで書いてください（{Describe(node)}になっています）");
        return null;
    }

    public YamlMappingNode? Mapping(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlMappingNode map) return map;
        Error(key, $"'{key}' は「キー: 値」の形で書いてください（{Describe(node)}になっています）");
        return null;
    }

    /// <summary>Reports every key that no getter asked for and that is not in <paramref name="alsoAllowed"/>.</summary>
    public void ReportUnknown(IEnumerable<string>? alsoAllowed = null)
    {
        var allowed = new HashSet<string>(_read, StringComparer.Ordinal);
        if (alsoAllowed is not null) allowed.UnionWith(alsoAllowed);
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (!allowed.Contains(key))
            {
                var hint = Suggest(key, allowed);
                _report.Error(_file, YamlDocumentReader.Line(keyNode) + _lineOffset,
                    hint is null ? $"不明な項目 '{key}' です" : $"不明な項目 '{key}' です（'{hint}' のまちがいではありませんか）");
            }
        }
    }

    public void Error(string key, string message) => _report.Error(_file, LineOf(key), message);

    public void Warning(string key, string message) => _report.Warning(_file, LineOf(key), message);

    private YamlNode? Node(string key, bool required)
    {
        _read.Add(key);
        var entry = Find(key);
        if (entry is null || IsNull(entry.Value.Value))
        {
            if (required) _report.Error(_file, entry is null ? Line : LineOf(key), $"必須項目 '{key}' がありません");
            return null;
        }
        return entry.Value.Value;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _map.Children)
            if (pair.Key is YamlScalarNode { Value: { } k } && k == key) return pair;
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "リスト",
        YamlMappingNode => "「キー: 値」の組",
        _ => "文字列",
    };

    private static string? Suggest(string key, IEnumerable<string> allowed) =>
        allowed.Select(a => (a, d: Distance(key, a))).Where(x => x.d <= 2).OrderBy(x => x.d).Select(x => x.a).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
