using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Evaluation;

/// <summary>Routes every item of an eval file and measures the decisions against the labels.</summary>
public static class Evaluator
{
    public static EvalReport Run(IReadOnlyList<EvalItem> items, Router router)
    {
        var results = items.Select(item => (Item: item, Decision: router.Route(item.Text))).ToList();
        bool Correct((EvalItem Item, RoutingDecision Decision) r) => r.Item.Accept.Contains(r.Decision.Kind);

        var expectedEmergency = results.Where(r => r.Item.Emergency).ToList();
        var predictedEmergency = results.Where(r => r.Decision.Emergency).ToList();
        var handoffExpected = results.Where(r => r.Item.Handoff == true).ToList();
        var withWard = results.Where(r => r.Item.Ward is not null).ToList();

        return new EvalReport
        {
            Total = results.Count,
            RoutingAccuracy = Rate(results.Count(Correct), results.Count),
            Emergency = new EmergencyRates(
                Rate(expectedEmergency.Count(r => r.Decision.Emergency), expectedEmergency.Count),
                Rate(predictedEmergency.Count(r => r.Item.Emergency), predictedEmergency.Count)),
            HandoffRecall = Rate(handoffExpected.Count(r => r.Decision.Handoff), handoffExpected.Count),
            WardAccuracy = Rate(withWard.Count(r => r.Decision.Ward == r.Item.Ward), withWard.Count),
            ByLang = Group(results, r => r.Item.Lang, Correct),
            ByLabel = Group(results, r => r.Item.Label.ToName(), Correct),
            Misses = results.Where(r => !Correct(r))
                .Select(r => new EvalMiss(r.Item.Id, r.Item.Text, r.Decision.Kind.ToName(), r.Item.Accept.Select(k => k.ToName()).ToList()))
                .ToList(),
        };
    }

    private static SortedDictionary<string, GroupAccuracy> Group(
        IEnumerable<(EvalItem Item, RoutingDecision Decision)> results,
        Func<(EvalItem Item, RoutingDecision Decision), string> key,
        Func<(EvalItem Item, RoutingDecision Decision), bool> correct) =>
        new(results.GroupBy(key).ToDictionary(g => g.Key, g => new GroupAccuracy(g.Count(), Rate(g.Count(correct), g.Count()))), StringComparer.Ordinal);

    private static double Rate(int hits, int of) => of == 0 ? 1.0 : Math.Round((double)hits / of, 4);
}
