using HelpBot.Knowledge.Content;

namespace HelpBot.Knowledge.Search;

/// <summary>A document that answers a question, with why it was found.</summary>
public sealed record Passage
{
    public required ContentDocument Document { get; init; }
    /// <summary>BM25 score of the whole query against the document.</summary>
    public required float Score { get; init; }
    /// <summary>Share (0–1) of the question's content words and domain terms that the document contains.</summary>
    public required double Coverage { get; init; }
    /// <summary>Domain terms (canonical forms) the question and the document share.</summary>
    public required IReadOnlyList<string> SharedTerms { get; init; }
    /// <summary>How much the shared domain terms say: their summed inverse document frequency (generic terms like 相談 add little).</summary>
    public required double SharedTermWeight { get; init; }
    /// <summary>Share (0–1) of the question's content words found in the document's examples.</summary>
    public required double ExampleCoverage { get; init; }
    /// <summary>Makes the fragment on first use: most passages only vote and are never shown.</summary>
    public required Func<(string Snippet, string Highlight)> Fragment
    {
        init => _fragment = new Lazy<(string Snippet, string Highlight)>(value);
    }

    private readonly Lazy<(string Snippet, string Highlight)> _fragment = null!;

    /// <summary>A fragment of the document around the matching words, plain text.</summary>
    public string Snippet => _fragment.Value.Snippet;
    /// <summary>The same fragment as HTML-escaped text with matches in &lt;mark&gt;.</summary>
    public string Highlight => _fragment.Value.Highlight;
    /// <summary>Which words matched where, for editors and staff.</summary>
    public required string Explanation { get; init; }
}
