using Lucene.Net.Analysis;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>Domain terms from synonyms.txt, each as its canonical form (see <see cref="DomainTermTokenizer"/>).</summary>
public sealed class TermsAnalyzer(DomainTerms terms) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new DomainTermTokenizer(reader, terms));
}
