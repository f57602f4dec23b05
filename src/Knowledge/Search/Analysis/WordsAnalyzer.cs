using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Util;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// Dictionary words for precision: NFKC with case folding (full-width and half-width forms made one),
/// ICU's dictionary segmentation of Japanese, and no grammar tokens: hiragana-only words and
/// English function words (<see cref="EnglishFunctionWords"/>: an English question must not match the English
/// page by "where", "can" and "help").
/// </summary>
public sealed class WordsAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new ICUNormalizer2CharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ICUTokenizer(reader, new DefaultICUTokenizerConfig(cjkAsWords: true, myanmarAsWords: false));
        TokenStream stream = new HiraganaOnlyFilter(tokenizer);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishFunctionWords.Set);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
