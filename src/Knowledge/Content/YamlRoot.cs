using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>
/// The list a data file holds: either the whole file is a list, or it is a mapping with one
/// list under <c>key</c> (so <c>counters:</c> at the top is accepted too).
/// </summary>
public static class YamlRoot
{
    public static IReadOnlyList<YamlMappingNode> Entries(YamlNode? root, string key, string file, ContentReport report)
    {
        if (root is null)
        {
            // A syntax error was already reported; otherwise the file held no YAML at all.
            if (!report.HasErrorsFor(file)) report.Error(file, 1, "ファイルが空です");
            return [];
        }
        YamlSequenceNode? list = root as YamlSequenceNode;
        if (root is YamlMappingNode map)
        {
            var fields = new YamlFields(map, file, report);
            list = fields.Sequence(key, required: true);
            fields.ReportUnknown();
        }
        else if (list is null)
        {
            report.Error(file, YamlDocumentReader.Line(root), $"ファイル全体を項目のリスト（または '{key}:' の下のリスト）にしてください");
            return [];
        }
        if (list is null) return [];
        var entries = new List<YamlMappingNode>();
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode entry) entries.Add(entry);
            else report.Error(file, YamlDocumentReader.Line(item), "リストの各項目は「キー: 値」の組で書いてください");
        }
        return entries;
    }
}
