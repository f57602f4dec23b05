namespace HelpBot.Knowledge.Content;

/// <summary>One line of content/synonyms.txt: words that mean the same, and the one the index uses.</summary>
public sealed record SynonymGroup(string Canonical, IReadOnlyList<string> Variants, ContentLocation Location)
{
    public IEnumerable<string> AllForms => Variants.Prepend(Canonical);
}
