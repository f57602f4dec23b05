namespace HelpBot.Knowledge.Content;

/// <summary>
/// Reads content/synonyms.txt. One group a line: <c>正式名, 言い方, 言い方</c> (the first is the
/// form the index uses) or <c>言い方, 言い方 =&gt; 正式名</c>. <c>#</c> starts a comment.
/// </summary>
public static class SynonymsReader
{
    public static IReadOnlyList<SynonymGroup> Read(string text, string file, ContentReport report)
    {
        var groups = new List<SynonymGroup>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0) continue;

            string canonical;
            List<string> variants;
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var left = Split(line[..arrow]);
                var right = Split(line[(arrow + 2)..]);
                if (right.Count != 1 || left.Count == 0 || left.Any(string.IsNullOrEmpty) || right.Any(string.IsNullOrEmpty))
                {
                    report.Error(file, lineNo, "'言い方, 言い方 => 正式名' の形で書いてください（=> の右は 1 語）");
                    continue;
                }
                canonical = right[0];
                variants = left;
            }
            else
            {
                var all = Split(line);
                if (all.Any(string.IsNullOrEmpty))
                {
                    report.Error(file, lineNo, "空の語があります（, が続いています）");
                    continue;
                }
                if (all.Count < 2)
                {
                    report.Error(file, lineNo, "同じ意味の語を 2 つ以上、, で区切って書いてください");
                    continue;
                }
                canonical = all[0];
                variants = all.Skip(1).ToList();
            }

            var forms = variants.Prepend(canonical).Select(Key).ToList();
            var duplicate = false;
            foreach (var form in forms.Distinct())
            {
                if (seen.TryGetValue(form, out var firstLine))
                {
                    report.Error(file, lineNo, $"'{form}' は {firstLine} 行目にもあります（1 語は 1 つのグループだけに）");
                    duplicate = true;
                }
            }
            if (duplicate) continue;
            foreach (var form in forms) seen[form] = lineNo;
            groups.Add(new SynonymGroup(canonical, variants.Where(v => Key(v) != Key(canonical)).Distinct().ToList(), new ContentLocation(file, lineNo)));
        }
        return groups;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        // A '#' that starts a number (#7119) is not a comment.
        while (hash >= 0 && hash + 1 < line.Length && char.IsDigit(line[hash + 1])) hash = line.IndexOf('#', hash + 1);
        return hash >= 0 ? line[..hash] : line;
    }

    private static List<string> Split(string s) =>
        s.Split([',', '、', '，']).Select(x => x.Trim()).ToList();

    private static string Key(string form) => Text.TextNormalizer.Normalize(form);
}
