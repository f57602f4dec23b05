using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Routing;

/// <summary>
/// A resident who names the kind of counter (「包括に相談したい」「社協のボランティア」) has told us
/// where they want to go. The names are the canonical forms of synonyms.txt, so 包括, ほうかつ and
/// "community general support center" all count.
/// </summary>
public static class CounterMentions
{
    private static readonly Dictionary<string, RoutingKind> Names = new(StringComparer.Ordinal)
    {
        [TextNormalizer.Normalize("地域包括支援センター")] = RoutingKind.Houkatsu,
        [TextNormalizer.Normalize("社会福祉協議会")] = RoutingKind.Shakyo,
        [TextNormalizer.Normalize("地域みまもり支援センター")] = RoutingKind.Mimamori,
        [TextNormalizer.Normalize("サンキューコールかわさき")] = RoutingKind.OutOfScope,
    };

    /// <summary>The one kind of counter the domain terms name, or null when they name none or several.</summary>
    public static RoutingKind? In(IEnumerable<string> domainTerms)
    {
        var kinds = domainTerms.Select(t => Names.TryGetValue(t, out var k) ? k : (RoutingKind?)null).OfType<RoutingKind>().Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }
}
