using HelpBot.Knowledge.Search;

namespace HelpBot.Bot.Editors;

/// <summary>
/// Groups unanswered questions by similarity: each question becomes the set of its domain terms and
/// dictionary words (the search's own analysis), and joins the first group whose words it shares
/// enough of (Jaccard similarity). Groups are listed by size, then by how recent.
/// </summary>
public static class QuestionGrouper
{
    public const double Similarity = 0.4;

    public static IReadOnlyList<UnansweredGroup> Group(IEnumerable<UnansweredQuestion> questions, Func<string, QueryTokens> tokens)
    {
        var groups = new List<(HashSet<string> Words, List<UnansweredQuestion> Members)>();
        foreach (var q in questions.OrderByDescending(q => q.At))
        {
            var t = tokens(q.MaskedText);
            var words = new HashSet<string>(t.Terms.Concat(t.Words), StringComparer.Ordinal);
            var home = groups.FirstOrDefault(g => Jaccard(g.Words, words) >= Similarity);
            if (home.Members is null) groups.Add((words, [q]));
            else
            {
                home.Members.Add(q);
                home.Words.UnionWith(words);
            }
        }
        return groups
            .Select(g => new UnansweredGroup(
                g.Members[0].MaskedText,
                g.Members.Count,
                g.Members.Max(m => m.At),
                g.Members.GroupBy(m => m.Reason).ToDictionary(r => r.Key, r => r.Count()),
                g.Members.Select(m => m.MaskedText).Distinct().Take(5).ToList(),
                g.Words.Take(12).ToList()))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen)
            .ToList();
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var union = a.Count + b.Count - a.Count(b.Contains);
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }
}
