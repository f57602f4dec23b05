using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// Emits one token per domain term found in the text, spelled as its synonym group's canonical
/// form: 「ケアマネ」, 「けあまね」 and "care manager" all become 「ケアマネジャー」. Matching is
/// leftmost-longest over <see cref="DomainTerms"/>, so it works where no word boundaries exist
/// (hiragana-only text, other languages) and gives ranking a signal that grammar cannot dilute.
/// </summary>
public sealed class DomainTermTokenizer : Tokenizer
{
    private readonly DomainTerms _terms;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private IReadOnlyList<(string Canonical, int Start, int End)> _found = [];
    private int _next;
    private int _length;

    public DomainTermTokenizer(TextReader input, DomainTerms terms) : base(input)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _found = _terms.Find(text);
        _next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _found.Count) return false;
        var (canonical, start, end) = _found[_next++];
        _term.SetEmpty().Append(canonical);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _position.PositionIncrement = 1;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
