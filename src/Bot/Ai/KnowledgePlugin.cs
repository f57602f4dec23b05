using System.ComponentModel;
using HelpBot.Knowledge;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;
using Microsoft.SemanticKernel;

namespace HelpBot.Bot.Ai;

/// <summary>
/// The knowledge base as kernel functions for tool-calling models (only when <c>Ai:Tools</c> is true):
/// <c>search_knowledge(query)</c> and <c>find_counter(kind, ward)</c>. Both run here, on this turn's
/// index generation; what they return is public content. The plugin remembers what it served, so the
/// answer may cite those passages and counters too.
/// </summary>
public sealed class KnowledgePlugin(KnowledgeBase knowledge)
{
    public const string Name = "helpbot";
    private const int MaxPassages = 3;
    private const int MaxCounters = 3;

    private readonly Lock _lock = new();
    private readonly List<GroundingPassage> _passages = [];
    private readonly List<Counter> _counters = [];
    private readonly List<string> _calls = [];

    public IReadOnlyList<GroundingPassage> ServedPassages { get { lock (_lock) return [.. _passages]; } }
    public IReadOnlyList<Counter> ServedCounters { get { lock (_lock) return [.. _counters]; } }
    public IReadOnlyList<string> Calls { get { lock (_lock) return [.. _calls]; } }

    [KernelFunction("search_knowledge")]
    [Description("Searches Kawasaki City's care and welfare guides (pamphlet, manga, portal). Returns up to 3 passages, each starting with its [id]; cite the ids you use.")]
    public string SearchKnowledge([Description("What to look for, best in Japanese, e.g. 認知症 相談")] string query)
    {
        var found = knowledge.Searcher.Search(query ?? "", MaxPassages).Select(p => GroundingPassage.From(p.Document)).ToList();
        lock (_lock)
        {
            _calls.Add("search_knowledge");
            _passages.AddRange(found);
        }
        return found.Count == 0 ? "No passage found." : string.Join("\n\n", found.Select(PromptBuilder.Passage));
    }

    [KernelFunction("find_counter")]
    [Description("Finds the counters for a kind of worry, in a ward of Kawasaki when it is known.")]
    public string FindCounter(
        [Description("mimamori (children, disability, mental health, welfare, 'where do I go'), houkatsu (65+ and their families, care, dementia), shakyo (volunteering, welfare loans, local activities), or other")] string kind,
        [Description("The ward in kanji: 川崎区 幸区 中原区 高津区 宮前区 多摩区 麻生区; empty when unknown")] string? ward = null)
    {
        lock (_lock) _calls.Add("find_counter");
        if (!RoutingKinds.TryParse(kind?.Trim(), out var parsed) || parsed is RoutingKind.Emergency)
            return "Unknown kind. Use one of: mimamori, houkatsu, shakyo, other, out_of_scope.";
        var where = Wards.IsCanonical(ward?.Trim()) ? ward!.Trim() : null;
        var found = knowledge.Counters.For(parsed.Value, where).Take(MaxCounters).ToList();
        lock (_lock) _counters.AddRange(found);
        return found.Count == 0
            ? parsed.Value.DependsOnWard() && where is null ? "This kind of counter depends on the ward; the ward is not known." : "No counter found."
            : string.Join("\n", found.Select(PromptBuilder.CounterLine));
    }
}
