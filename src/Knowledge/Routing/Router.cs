using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Safety;
using HelpBot.Knowledge.Search;
using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Routing;

/// <summary>
/// Turns a worry into a decision. Safety first: an emergency or crisis phrase decides before
/// anything else. Then the top passages vote for the kinds in their <c>routes_to</c>, weighted by
/// score, by how much of the question they cover and by matches in residents' example phrasings;
/// nothing relevant means out of scope, weak evidence means low confidence. The ward comes from
/// the text or the conversation; the counters from the kind, the ward and the answering passage.
/// </summary>
public sealed class Router
{
    public const int MaxSearchChars = 2000;
    private const int MaxDocumentCounters = 2;

    private readonly PassageSearcher _searcher;
    private readonly SafetyDetector _safety;
    private readonly PlaceResolver _places;
    private readonly CounterDirectory _counters;

    public Router(PassageSearcher searcher, SafetyDetector safety, PlaceResolver places, CounterDirectory counters, RouterSettings? settings = null)
    {
        _searcher = searcher;
        _safety = safety;
        _places = places;
        _counters = counters;
        Settings = settings ?? RouterSettings.Default;
    }

    public RouterSettings Settings { get; }

    /// <summary>The same router with other weights (for tuning).</summary>
    public Router With(RouterSettings settings) => new(_searcher, _safety, _places, _counters, settings);

    public RoutingDecision Route(string? text, RoutingContext? context = null)
    {
        context ??= RoutingContext.None;
        var clean = Clean(text);
        var language = LanguageDetector.Detect(clean);
        if (clean.Length == 0) return Empty(language);

        var place = _places.Resolve(clean.Length > MaxSearchChars * 4 ? clean[..(MaxSearchChars * 4)] : clean);
        var ward = place.Ward ?? context.Ward;
        var town = place.Ward is not null ? place.Town : context.Town;
        var handoffPhrase = HandoffRequests.Find(clean);

        var safety = _safety.Detect(clean);
        if (safety.Count > 0) return EmergencyDecision(clean, safety, language, ward, town, place);

        if (clean.Length > MaxSearchChars)
        {
            return new RoutingDecision
            {
                LowConfidenceBelow = Settings.LowConfidence,
                Kind = RoutingKind.OutOfScope, Urgency = Urgency.Normal, Confidence = 0,
                Reason = $"{clean.Length} 文字あり、{MaxSearchChars} 文字を超えるため検索していません",
                Handoff = handoffPhrase is not null, Ward = ward, Town = town, Counters = [], Passages = [],
                Language = language, TooLong = true,
            };
        }

        var places = place.Matches.Select(m => m.Matched).ToList();
        var passages = _searcher.Search(handoffPhrase is null ? clean : HandoffRequests.Remove(clean), Settings.Voters, places);
        var relevant = passages
            .Where(p => p.Score >= passages[0].Score * Settings.MinRelativeScore
                && (p.Coverage >= Settings.MinCoverage || p.SharedTermWeight >= Settings.MinTermWeight))
            .ToList();
        var mentioned = CounterMentions.In(_searcher.Tokens(clean).Terms);
        if (relevant.Count == 0 && mentioned is null) return Unmatched(clean, language, handoffPhrase, ward, town, place, passages);

        var votes = Vote(relevant);
        if (mentioned is { } named) votes[named] = votes.GetValueOrDefault(named) + Math.Max(1, votes.Values.Sum()) * Settings.MentionWeight;
        var (kind, vote) = votes.MaxBy(v => v.Value);
        var total = votes.Values.Sum();
        var share = total > 0 ? vote / total : 0;
        var top = relevant.Count > 0 ? relevant[0] : passages.FirstOrDefault();
        var evidence = top is null ? 0.5 : Math.Min(1.0, top.Coverage + 0.1 * top.SharedTerms.Count + 0.3 * top.ExampleCoverage);
        var confidence = Math.Round(share * (0.35 + 0.65 * evidence), 2);
        var answer = relevant.FirstOrDefault(p => p.Document.RoutesTo.Contains(kind)) ?? passages.FirstOrDefault(p => p.Document.RoutesTo.Contains(kind));

        var needsWard = kind.DependsOnWard() && ward is null;
        var reason = (answer is null ? "" : $"『{answer.Document.Title}』（{answer.Document.Collection.ToString().ToLowerInvariant()}）: {answer.Explanation}。")
            + $"{kind.Label()}（{kind.ToName()}）への票 {share:0.00}"
            + (mentioned is not null ? $"。窓口の名前（{mentioned.Value.Label()}）が書かれている" : "")
            + (handoffPhrase is not null ? $"。「{handoffPhrase}」で人との相談を希望" : "");
        return new RoutingDecision
        {
            LowConfidenceBelow = Settings.LowConfidence,
            Kind = kind,
            Urgency = Urgency.Normal,
            Confidence = confidence,
            Reason = reason,
            Handoff = handoffPhrase is not null,
            Ward = ward,
            Town = town,
            NeedsWard = needsWard,
            WardCandidates = place.IsAmbiguous ? place.Candidates : [],
            Counters = CountersFor(kind, ward, town, answer?.Document),
            Passages = passages,
            Answer = answer,
            Language = language,
        };
    }

    private Dictionary<RoutingKind, double> Vote(IReadOnlyList<Passage> relevant)
    {
        var top = relevant[0].Score;
        var votes = new Dictionary<RoutingKind, double>();
        foreach (var p in relevant)
        {
            var weight = Math.Pow(p.Score / top, Settings.ScorePower) * (0.5 + p.Coverage) * (1 + p.ExampleCoverage)
                * (p == relevant[0] ? Settings.TopBonus : 1)
                * (p.Document.Lang == LanguageDetector.Japanese ? 1 : Settings.ForeignPageWeight);
            for (var i = 0; i < p.Document.RoutesTo.Count; i++)
            {
                var kind = p.Document.RoutesTo[i];
                votes[kind] = votes.GetValueOrDefault(kind) + weight * (i == 0 ? 1 : Settings.SecondaryRouteWeight);
            }
        }
        return votes;
    }

    /// <summary>One ward counter of the kind (the answering topic's own, when it names one there), then the topic's city-wide counters.</summary>
    private IReadOnlyList<Counter> CountersFor(RoutingKind kind, string? ward, string? town, ContentDocument? document)
    {
        var listed = (document?.Counters ?? []).Select(_counters.Find).OfType<Counter>().ToList();
        var result = new List<Counter>();
        if (kind.DependsOnWard() && ward is not null)
        {
            var specific = listed.FirstOrDefault(c => c.Ward == ward && c.Kind == kind);
            var general = _counters.For(kind, ward, town).FirstOrDefault();
            if ((specific ?? general) is { } local) result.Add(local);
        }
        else if (!kind.DependsOnWard() && listed.Count == 0)
        {
            result.AddRange(_counters.For(kind, null).Take(1));
        }
        result.AddRange(listed.Where(c => c.Ward is null).Take(MaxDocumentCounters));
        return result.DistinctBy(c => c.Id).ToList();
    }

    private RoutingDecision EmergencyDecision(string text, IReadOnlyList<SafetyMatch> safety, string language,
        string? ward, string? town, PlaceResolution place)
    {
        var first = safety[0];
        var counters = safety.SelectMany(m => m.Rule.Counters).Distinct().Select(_counters.Find).OfType<Counter>().ToList();
        var passages = text.Length <= MaxSearchChars ? _searcher.Search(text, Settings.Voters) : [];
        return new RoutingDecision
        {
            LowConfidenceBelow = Settings.LowConfidence,
            Kind = RoutingKind.Emergency,
            Urgency = first.Urgency,
            Confidence = 1.0,
            Reason = "緊急の言葉: " + string.Join("、", safety.Select(m => $"「{m.Matched}」（{m.Rule.Id}、{m.Urgency.ToName()}）")),
            Handoff = true,
            Ward = ward,
            Town = town,
            WardCandidates = place.IsAmbiguous ? place.Candidates : [],
            Counters = counters,
            Passages = passages,
            Safety = safety,
            Language = language,
        };
    }

    private RoutingDecision Unmatched(string text, string language, string? handoffPhrase, string? ward, string? town,
        PlaceResolution place, IReadOnlyList<Passage> passages)
    {
        // A request for a person with no topic goes to the general counter; a foreign-language message
        // we cannot place goes to the foreign residents' counter; anything else is not a care matter.
        var kind = handoffPhrase is not null ? RoutingKind.Mimamori
            : language != LanguageDetector.Japanese ? RoutingKind.Other
            : RoutingKind.OutOfScope;
        var reason = handoffPhrase is not null ? $"「{handoffPhrase}」で人との相談を希望（話題は特定できず）"
            : kind == RoutingKind.Other ? $"言語 {language}: 関係する案内が見つからないため外国人市民の相談窓口へ"
            : "介護・福祉の案内に関係する言葉が見つかりませんでした";
        var counters = kind switch
        {
            RoutingKind.Mimamori when ward is not null => _counters.For(kind, ward, town).Take(1).ToList(),
            RoutingKind.Other => new[] { _counters.Find("kokusai-koryu-center") }.OfType<Counter>().ToList(),
            RoutingKind.OutOfScope => _counters.For(kind, null).Take(1).ToList(),
            _ => [],
        };
        return new RoutingDecision
        {
            LowConfidenceBelow = Settings.LowConfidence,
            Kind = kind,
            Urgency = Urgency.Normal,
            Confidence = handoffPhrase is not null ? 0.6 : 0.3,
            Reason = reason,
            Handoff = handoffPhrase is not null,
            Ward = ward,
            Town = town,
            NeedsWard = kind.DependsOnWard() && ward is null,
            WardCandidates = place.IsAmbiguous ? place.Candidates : [],
            Counters = counters,
            Passages = passages,
            Language = language,
        };
    }

    private RoutingDecision Empty(string language) => new()
    {
        LowConfidenceBelow = Settings.LowConfidence,
        Kind = RoutingKind.OutOfScope, Urgency = Urgency.Normal, Confidence = 0, Reason = "文字がありません",
        Handoff = false, Counters = [], Passages = [], Language = language, Empty = true,
    };

    /// <summary>Drops control characters and replacement characters that binary junk decodes to.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\t')) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
