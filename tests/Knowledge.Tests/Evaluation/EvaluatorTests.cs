using HelpBot.Knowledge.Evaluation;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void The_report_counts_accuracy_emergencies_handoff_wards_and_misses()
    {
        using var k = new FixtureKnowledge();
        var items = EvalFileReader.Parse("""
            {"id": "a", "text": "母が最近もの忘れがひどい 中原区", "accept": ["houkatsu"], "ward": "中原区", "handoff": false}
            {"id": "b", "text": "父が息してない", "accept": ["emergency"], "handoff": true}
            {"id": "c", "text": "訪問販売で高い布団を買った", "accept": ["mimamori"], "lang": "ja"}
            {"id": "d", "text": "My father is not breathing", "accept": ["emergency"], "lang": "en"}
            {"id": "e", "text": "人と話したい", "accept": ["mimamori"], "handoff": true}
            """, "t.jsonl");

        var report = Evaluator.Run(items, k.Base.Router);

        Assert.Equal(5, report.Total);
        Assert.Equal(0.8, report.RoutingAccuracy);
        Assert.Equal(1.0, report.Emergency.Recall);
        Assert.Equal(1.0, report.Emergency.Precision);
        Assert.Equal(1.0, report.HandoffRecall);
        Assert.Equal(1.0, report.WardAccuracy);
        Assert.Equal(4, report.ByLang["ja"].N);
        Assert.Equal(0.75, report.ByLang["ja"].RoutingAccuracy);
        Assert.Equal(1.0, report.ByLang["en"].RoutingAccuracy);
        var miss = Assert.Single(report.Misses);
        Assert.Equal("c", miss.Id);
        Assert.Equal("other", miss.Predicted);
        Assert.Equal(["mimamori"], miss.Accept);
    }
}
