using HelpBot.Knowledge.Search;

namespace HelpBot.Knowledge.Tests.Search;

public sealed class QueryTokensTests
{
    [Fact]
    public void Only_the_rarest_grams_the_index_holds_are_kept()
    {
        var frequency = new Dictionary<string, int> { ["介護"] = 900, ["相談"] = 950, ["徘徊"] = 3, ["未知"] = 0, ["認知"] = 40 };
        var tokens = new QueryTokens(["介護"], ["相談"], ["介護", "相談", "徘徊", "未知", "認知"]);

        var kept = tokens.WithRarestGrams(g => frequency[g], max: 3);

        Assert.Equal(["徘徊", "認知", "介護"], kept.Grams);
        Assert.Equal(tokens.Terms, kept.Terms);
        Assert.Equal(tokens.Words, kept.Words);
    }

    [Fact]
    public void A_long_question_keeps_at_most_the_limit_and_equally_rare_grams_keep_their_order()
    {
        var grams = Enumerable.Range(0, 100).Select(i => "g" + i).ToList();
        var kept = new QueryTokens([], [], grams).WithRarestGrams(_ => 1);

        Assert.Equal(grams.Take(QueryTokens.MaxGrams), kept.Grams);
    }
}
