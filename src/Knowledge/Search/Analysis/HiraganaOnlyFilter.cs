using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// Drops tokens written only in hiragana. In Japanese those are particles and inflections
/// (が, かも, しれ, ない, でした): with plain bigrams 「ない」 in 「認知症かもしれない」 matched 「でない」
/// and let grammar decide the ranking. Content words keep at least one kanji or katakana.
/// </summary>
public sealed class HiraganaOnlyFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute _term;

    public HiraganaOnlyFilter(TokenStream input) : base(Lucene.Net.Util.LuceneVersion.LUCENE_48, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            var c = buffer[i];
            if (!TextNormalizer.IsHiragana(c) && c != 'ー') return true;
        }
        return false;
    }
}
