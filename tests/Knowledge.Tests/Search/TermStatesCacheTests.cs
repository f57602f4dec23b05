using HelpBot.Knowledge.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HelpBot.Knowledge.Tests.Search;

public sealed class TermStatesCacheTests
{
    private static DirectoryReader IndexOf(params string[] texts)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var text in texts) writer.AddDocument(new Document { new TextField("f", text, Field.Store.NO) });
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    [Fact]
    public void A_term_is_looked_up_once_per_reader()
    {
        using var reader = IndexOf("介護 相談", "介護");
        var cache = new TermStatesCache();
        var term = new Term("f", "介護");

        var first = cache.For(reader.Context, term);
        var second = cache.For(reader.Context, new Term("f", "介護"));

        Assert.Equal(2, first.DocFreq);
        Assert.Same(first, second);
        Assert.Equal(0, cache.For(reader.Context, new Term("f", "ない")).DocFreq);
    }

    [Fact]
    public void Another_reader_never_gets_the_first_readers_states()
    {
        using var one = IndexOf("介護");
        using var three = IndexOf("介護", "介護", "介護 相談");
        var cache = new TermStatesCache();
        var term = new Term("f", "介護");

        Assert.Equal(1, cache.For(one.Context, term).DocFreq);
        Assert.Equal(3, cache.For(three.Context, term).DocFreq);
        Assert.Equal(1, cache.For(one.Context, term).DocFreq);
    }

    [Fact]
    public void Past_its_limit_it_still_answers_but_keeps_no_more()
    {
        using var reader = IndexOf("a b c d");
        var cache = new TermStatesCache(limit: 2);

        foreach (var word in new[] { "a", "b", "c", "d" })
            Assert.Equal(1, cache.For(reader.Context, new Term("f", word)).DocFreq);
        Assert.Equal(2, cache.Count);
    }
}
