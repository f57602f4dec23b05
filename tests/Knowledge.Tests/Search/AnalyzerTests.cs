using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Search;
using HelpBot.Knowledge.Search.Analysis;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Search;

public sealed class AnalyzerTests
{
    private static readonly IReadOnlyList<SynonymGroup> Synonyms = LoadSynonyms();

    private static IReadOnlyList<SynonymGroup> LoadSynonyms()
    {
        using var folder = new ContentFolder();
        folder.Write("synonyms.txt", "地域包括支援センター, 包括, ほうかつ, 地域包括\n地域包括ケアシステム, 地ケア, ちけあ\nケアマネジャー, ケアマネ, ケアマネージャー, けあまね, care manager\n認知症, にんちしょう, dementia, 치매, sa sút trí tuệ\n社会福祉協議会, 社協\n");
        return folder.Load().Content.Synonyms;
    }

    private static List<string> Tokens(string analysis, string text)
    {
        using var analyzer = SearchFields.CreateAnalyzer(new DomainTerms(Synonyms));
        return QueryTokens.Analyze(analyzer, SearchFields.Body + analysis, text, int.MaxValue);
    }

    [Fact]
    public void Words_are_dictionary_words_without_hiragana_grammar()
    {
        var words = Tokens(SearchFields.Words, "母が認知症かもしれない");
        Assert.Equal(["母", "認知", "症"], words);
    }

    [Fact]
    public void English_words_are_the_content_words_without_the_words_of_asking()
    {
        // "where", "can", "get", "help", "my" matched the English page for foreign residents and buried the topic.
        var words = Tokens(SearchFields.Words, "Where can I get help for my father? He doesn't remember his pills");
        Assert.Equal(["father", "remember", "pills"], words);
        Assert.Contains("認知症", Tokens(SearchFields.Terms, "Who can help with my mother's dementia?"));
    }

    [Fact]
    public void Grams_are_kanji_bigrams_and_unigrams_without_hiragana()
    {
        var grams = Tokens(SearchFields.Grams, "母が認知症かもしれない");
        Assert.Contains("認知", grams);
        Assert.Contains("知症", grams);
        Assert.Contains("症", grams);
        Assert.DoesNotContain("ない", grams);
        Assert.DoesNotContain(grams, g => g.All(c => c is >= '\u3041' and <= '\u309F'));
    }

    [Fact]
    public void Katakana_forms_grams_too()
    {
        var grams = Tokens(SearchFields.Grams, "ケアマネを探したい");
        Assert.Contains("ケア", grams);
        Assert.Contains("マネ", grams);
        Assert.Contains("探", grams);
    }

    [Theory]
    [InlineData("ケアマネを探したい", "ケアマネジャー")]
    [InlineData("けあまねさんに相談", "ケアマネジャー")]
    [InlineData("looking for a care manager", "ケアマネジャー")]
    [InlineData("ははが にんちしょう かもしれない", "認知症")]
    [InlineData("My mother has DEMENTIA", "認知症")]
    [InlineData("엄마가 치매 같아요", "認知症")]
    [InlineData("mẹ tôi bị sa sut tri tue", "認知症")]
    [InlineData("包括に行きたい", "地域包括支援センター")]
    [InlineData("社協のボランティア", "社会福祉協議会")]
    public void Domain_terms_become_their_canonical_form(string text, string canonical)
    {
        Assert.Contains(canonical, Tokens(SearchFields.Terms, text));
    }

    [Fact]
    public void The_longest_domain_term_wins()
    {
        var terms = Tokens(SearchFields.Terms, "地域包括ケアシステムについて");
        Assert.Equal(["地域包括ケアシステム"], terms);
    }

    [Fact]
    public void Width_and_case_are_normalized()
    {
        Assert.Equal(Tokens(SearchFields.Words, "カイゴ保険 abc"), Tokens(SearchFields.Words, "ｶｲｺﾞ保険　ＡＢＣ"));
    }

    [Fact]
    public void Domain_terms_keep_offsets_into_the_original_text()
    {
        var found = new DomainTerms(Synonyms).Find("母は ｹｱﾏﾈ と相談");
        var (canonical, start, end) = Assert.Single(found);
        Assert.Equal("ケアマネジャー", canonical);
        Assert.Equal("ｹｱﾏﾈ", "母は ｹｱﾏﾈ と相談"[start..end]);
    }
}
