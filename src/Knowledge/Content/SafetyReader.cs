using System.Text.RegularExpressions;
using HelpBot.Knowledge.Routing;
using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>Reads content/safety.yaml: emergency and crisis phrasings per language, with the numbers to show.</summary>
public static class SafetyReader
{
    public static IReadOnlyList<SafetyRule> Read(string text, string file, ContentReport report)
    {
        var root = YamlDocumentReader.Parse(text, file, report);
        var rules = new List<SafetyRule>();
        foreach (var map in YamlRoot.Entries(root, "rules", file, report))
        {
            var f = new YamlFields(map, file, report);
            var id = f.String("id", required: true);
            var urgencyName = f.String("urgency", required: true);
            var counters = f.StringList("counters", required: true);
            var phraseMap = f.Mapping("phrases", required: true);
            var patterns = f.StringList("patterns", required: false);
            var except = f.StringList("except", required: false);
            f.ReportUnknown();

            if (id is not null && !Ids.IsKebabCase(id)) f.Error("id", $"id '{id}' は半角英小文字・数字とハイフンで書いてください");
            Urgency urgency = Urgency.Normal;
            if (urgencyName is not null && (!Urgencies.TryParse(urgencyName, out urgency) || urgency == Urgency.Normal))
                f.Error("urgency", $"urgency '{urgencyName}' は emergency か crisis にしてください");
            foreach (var pattern in patterns) CheckPattern(pattern, f);

            var phrases = ReadPhrases(phraseMap, file, report);
            if (id is null || urgencyName is null || urgency == Urgency.Normal || phraseMap is null) continue;
            rules.Add(new SafetyRule
            {
                Id = id,
                Urgency = urgency,
                Counters = counters,
                Phrases = phrases,
                Patterns = patterns,
                Except = except,
                Location = new ContentLocation(file, f.Line),
                CountersLocation = new ContentLocation(file, f.LineOf("counters")),
            });
        }
        return rules;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadPhrases(YamlMappingNode? map, string file, ContentReport report)
    {
        var phrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map is null) return phrases;
        var f = new YamlFields(map, file, report);
        foreach (var lang in SafetyLanguages.All)
        {
            var list = f.StringList(lang, required: false);
            if (list.Count > 0) phrases[lang] = list;
        }
        f.ReportUnknown();
        if (phrases.Count == 0) report.Error(file, f.Line, $"phrases に 1 つ以上の言語（{string.Join(", ", SafetyLanguages.All)}）を書いてください");
        return phrases;
    }

    private static void CheckPattern(string pattern, YamlFields f)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            f.Error("patterns", $"正規表現 '{pattern}' が読めません: {e.Message}");
        }
    }
}
