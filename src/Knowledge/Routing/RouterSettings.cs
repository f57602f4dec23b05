namespace HelpBot.Knowledge.Routing;

/// <summary>
/// The router's weights. The defaults were chosen on tests/eval/residents.jsonl (the tuning set)
/// with bench/Routing.Tune; the hold-out set is only ever evaluated.
/// </summary>
public sealed record RouterSettings
{
    /// <summary>How many top passages vote.</summary>
    public int Voters { get; init; } = 5;
    /// <summary>A passage votes only if its score is at least this share of the top score.</summary>
    public double MinRelativeScore { get; init; } = 0.3;
    /// <summary>IDF-weighted share of the question a passage must cover to count as relevant.</summary>
    public double MinCoverage { get; init; } = 0.25;
    /// <summary>Or, instead of coverage: the summed IDF of the domain terms it shares (how a foreign-language question finds Japanese content).</summary>
    public double MinTermWeight { get; init; } = 0.5;
    /// <summary>A passage's vote falls with its score relative to the top one, to this power.</summary>
    public double ScorePower { get; init; } = 3.0;
    /// <summary>Weight of a passage's second and later routes against its first.</summary>
    public double SecondaryRouteWeight { get; init; } = 0.4;
    /// <summary>Extra weight for the top passage.</summary>
    public double TopBonus { get; init; } = 1.0;
    /// <summary>Extra vote, as a share of all votes, for the kind of counter the resident named.</summary>
    public double MentionWeight { get; init; } = 1.0;
    /// <summary>
    /// Vote weight of a passage written in another language than Japanese: a foreign-language page matches
    /// every question in its language by its ordinary words, so it must not outvote the topic's Japanese page.
    /// </summary>
    public double ForeignPageWeight { get; init; } = 0.25;
    /// <summary>Below this confidence the dialog treats the decision as unsure.</summary>
    public double LowConfidence { get; init; } = 0.45;

    public static RouterSettings Default { get; } = new();
}
