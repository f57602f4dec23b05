using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Search;

public sealed class SearchRankingTests : IClassFixture<SearchRankingTests.Index>
{
    public sealed class Index : IDisposable
    {
        public FixtureKnowledge Knowledge { get; } = new();
        public void Dispose() => Knowledge.Dispose();
    }

    private readonly KnowledgeBase _base;

    public SearchRankingTests(Index index) => _base = index.Knowledge.Base;

    [Fact]
    public void Hiragana_fragments_do_not_decide_the_ranking()
    {
        // With plain bigrams 「ない」 matched 「でない」 in the 成年後見 page and put it above dementia.
        var passages = _base.Searcher.Search("母が認知症かもしれない");
        Assert.Equal("monowasure-ninchisho", passages[0].Document.Id);
        Assert.DoesNotContain(_base.Searcher.Tokens("母が認知症かもしれない").Grams, g => g == "ない");
    }

    [Fact]
    public void A_passage_carries_a_highlight_a_source_and_an_explanation()
    {
        var top = _base.Searcher.Search("もの忘れがひどい")[0];
        Assert.Equal("monowasure-ninchisho", top.Document.Id);
        Assert.Contains("<mark>", top.Highlight);
        Assert.DoesNotContain("<mark>", top.Snippet);
        Assert.Equal("HelpBot", top.Document.Source);
        Assert.Contains("もの忘れ", top.Explanation);
        Assert.Contains("スコア", top.Explanation);
    }

    [Fact]
    public void Examples_are_searched_in_their_own_field()
    {
        // 「架空請求」 appears only in the examples of the consumer page.
        var top = _base.Searcher.Search("架空請求のはがき")[0];
        Assert.Equal("shouhisha", top.Document.Id);
        Assert.Contains("例文", top.Explanation);
        Assert.True(top.ExampleCoverage > 0);
    }

    [Fact]
    public void Searching_again_gives_the_same_passages_and_scores()
    {
        // The second search reads the terms dictionary states kept by the first.
        const string question = "母が認知症かもしれない。最近もの忘れがひどくて、架空請求のはがきも来ていて心配です";
        var first = _base.Searcher.Search(question);
        var second = _base.Searcher.Search(question);

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(p => (p.Document.Id, p.Score, p.Coverage)), second.Select(p => (p.Document.Id, p.Score, p.Coverage)));
    }

    [Fact]
    public void Nothing_is_found_for_text_without_content_words()
    {
        Assert.Empty(_base.Searcher.Search("ですます、でしょうか？"));
        Assert.Empty(_base.Searcher.Search(""));
    }

    [Fact]
    public void The_highlight_escapes_html()
    {
        var top = _base.Searcher.Search("<script>認知症</script>")[0];
        Assert.DoesNotContain("<script>", top.Highlight);
    }
}
