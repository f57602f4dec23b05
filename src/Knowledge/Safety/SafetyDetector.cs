using System.Text.RegularExpressions;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Safety;

/// <summary>
/// Finds emergency and crisis phrasings (content/safety.yaml) in a resident's text, in every
/// language the file has, before anything else looks at the text. Latin-script phrases match with
/// or without diacritics and only on word edges; an <c>except</c> phrase that covers a match cancels it.
/// </summary>
public sealed class SafetyDetector
{
    private readonly Gazetteer<(SafetyRule Rule, string Lang)> _phrases = new();
    private readonly Gazetteer<(SafetyRule Rule, string Lang)> _folded = new();
    /// <summary>All patterns together may take this long on one message; each one at most <see cref="PatternTimeout"/>.</summary>
    public static readonly TimeSpan PatternBudget = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(50);

    private readonly List<(Regex Pattern, SafetyRule Rule)> _patterns = [];
    private readonly Dictionary<SafetyRule, string[]> _except = [];

    public SafetyDetector(IReadOnlyList<SafetyRule> rules)
    {
        foreach (var rule in rules)
        {
            foreach (var (lang, phrases) in rule.Phrases)
            {
                foreach (var phrase in phrases)
                {
                    var key = TextNormalizer.Normalize(phrase);
                    _phrases.Add(key, (rule, lang));
                    if (LatinFolding.HasLatin(key)) _folded.Add(LatinFolding.Fold(key), (rule, lang));
                }
            }
            foreach (var pattern in rule.Patterns)
            {
                try
                {
                    _patterns.Add((new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout), rule));
                }
                catch (ArgumentException)
                {
                    // Validation reports bad patterns; a published index never has one.
                }
            }
            // Both spellings of each except: matches are found in the text as written and with Latin diacritics folded.
            _except[rule] = rule.Except.Select(TextNormalizer.Normalize).Where(e => e.Length > 0)
                .SelectMany(e => new[] { e, LatinFolding.Fold(e) }).Distinct().ToArray();
        }
    }

    /// <summary>Every rule that fires, most urgent first; empty when the text is ordinary.</summary>
    public IReadOnlyList<SafetyMatch> Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var normalized = TextNormalizer.Normalize(text);
        var matches = new List<SafetyMatch>();
        Collect(_phrases, normalized, matches);
        Collect(_folded, LatinFolding.Fold(normalized), matches);
        // Phrases are linear in the text; patterns can backtrack. A crafted message must not stall every
        // turn behind it, so patterns share a time budget (the phrase lists, checked above, always run).
        var budget = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (pattern, rule) in _patterns)
        {
            if (budget.Elapsed > PatternBudget) break;
            try
            {
                if (pattern.Match(normalized) is { Success: true } m && !Excepted(rule, normalized, m.Index, m.Length))
                    matches.Add(new SafetyMatch(rule, m.Value, null));
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological text must not stop the turn; the phrase lists still apply.
            }
        }
        return matches
            .DistinctBy(m => m.Rule.Id)
            .OrderByDescending(m => m.Urgency)
            .ToList();
    }

    private void Collect(Gazetteer<(SafetyRule Rule, string Lang)> gazetteer, string text, List<SafetyMatch> into)
    {
        foreach (var m in gazetteer.FindAll(text, LatinWordEdges))
        {
            foreach (var (rule, lang) in m.Values)
            {
                if (!Excepted(rule, text, m.Start, m.Length)) into.Add(new SafetyMatch(rule, m.Text, lang));
            }
        }
    }

    private bool Excepted(SafetyRule rule, string text, int start, int length)
    {
        foreach (var except in _except[rule])
        {
            for (var at = text.IndexOf(except, StringComparison.Ordinal); at >= 0; at = text.IndexOf(except, at + 1, StringComparison.Ordinal))
            {
                if (at <= start && start + length <= at + except.Length) return true;
            }
        }
        return false;
    }

    private static bool LatinWordEdges(string text, int start, int length)
    {
        var first = text[start];
        var last = text[start + length - 1];
        if (char.IsLetter(first) && first < 0x3000 && start > 0 && char.IsLetter(text[start - 1]) && text[start - 1] < 0x3000) return false;
        var after = start + length;
        if (char.IsLetter(last) && last < 0x3000 && after < text.Length && char.IsLetter(text[after]) && text[after] < 0x3000) return false;
        return true;
    }
}
