using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// Character bigrams with unigrams for recall, where the dictionary splits a compound the resident
/// wrote differently. Only kanji and katakana form grams; hiragana runs are grammar and are dropped.
/// </summary>
public sealed class GramsAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new ICUNormalizer2CharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKScript.HAN | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams: true);
        stream = new HiraganaOnlyFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
