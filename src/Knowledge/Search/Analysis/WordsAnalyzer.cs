using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Icu.Segmentation;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// Dictionary words for precision: NFKC with case folding (full-width and half-width forms made one),
/// ICU's dictionary segmentation of Japanese, and no hiragana-only grammar tokens.
/// </summary>
public sealed class WordsAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new ICUNormalizer2CharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ICUTokenizer(reader, new DefaultICUTokenizerConfig(cjkAsWords: true, myanmarAsWords: false));
        return new TokenStreamComponents(tokenizer, new HiraganaOnlyFilter(tokenizer));
    }
}
