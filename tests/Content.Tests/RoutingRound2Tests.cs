using HelpBot.Knowledge.Evaluation;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>
/// Routing on the round-2 Japanese batches (Data/routing-round2-N.jsonl): 80 residents' questions each,
/// written by hand — polite, casual, long family stories, keywords only, hiragana, typos, やさしい日本語,
/// elderly and teenage voices — and labelled with every kind a careful city worker would accept.
/// Batches 1–4 were written before any content change, batch 5 after the fixes of 1–4. Each was evaluated
/// untouched first (0.938, 0.913, 0.913, 0.925, 0.863 — the figures to quote for unseen questions), then its
/// misses were fixed in the content; Data/routing-round2-results.md has the record. After the fixes every
/// batch reaches 0.988 or 1.000; the remaining misses are three safety-rule matches (safety.yaml) and one
/// vote between neighbour pages. The floors sit a few questions under that, so an edit that costs the
/// round-2 questions fails here, while a small, deliberate trade-off does not.
/// </summary>
public sealed class RoutingRound2Tests
{
    private static readonly int[] BatchNumbers = [1, 2, 3, 4, 5];

    public static TheoryData<int> Batches => new(BatchNumbers);

    private const double BatchFloor = 0.95;
    private const double PooledFloor = 0.97;

    private static IReadOnlyList<EvalItem> Read(int batch)
    {
        var file = $"routing-round2-{batch}.jsonl";
        return EvalFileReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", file), "Data/" + file);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void A_batch_is_eighty_japanese_questions_over_every_kind(int batch)
    {
        var items = Read(batch);
        Assert.Equal(80, items.Count);
        Assert.All(items, i => Assert.Equal("ja", i.Lang));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.Contains(i.Label, i.Accept));
        foreach (var kind in new[] { RoutingKind.Mimamori, RoutingKind.Houkatsu, RoutingKind.Shakyo, RoutingKind.Other, RoutingKind.OutOfScope })
            Assert.True(items.Count(i => i.Label == kind) >= 8, $"batch {batch}: fewer than 8 questions whose main counter is {kind.ToName()}");
        var outOfScope = items.Count(i => i.Label == RoutingKind.OutOfScope) / (double)items.Count;
        Assert.InRange(outOfScope, 0.08, 0.15);
    }

    /// <summary>The fixes add residents' phrasings of the same family, never a batch's own sentences.</summary>
    [Theory]
    [MemberData(nameof(Batches))]
    public void No_question_of_a_batch_is_copied_into_the_examples(int batch)
    {
        var examples = LiveContent.Content.Documents.SelectMany(d => d.Examples.Select(e => (d.Id, Example: e.Trim()))).ToList();
        var copied = Read(batch)
            .SelectMany(i => examples.Where(e => e.Example == i.Text.Trim()).Select(e => $"{i.Id} → {e.Id}: {i.Text}"))
            .ToList();
        Assert.True(copied.Count == 0, "batch questions copied into examples:\n" + string.Join('\n', copied));
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Each_batch_routes_at_least_ninety_five_percent(int batch)
    {
        using var lease = LiveIndex.Lease();
        var report = Evaluator.Run(Read(batch), lease.Base.Router);
        Assert.True(report.RoutingAccuracy >= BatchFloor,
            $"round-2 batch {batch}: routing accuracy {report.RoutingAccuracy:0.000} < {BatchFloor}; misses:\n"
            + string.Join('\n', report.Misses.Select(m => $"{m.Id} {m.Predicted} {string.Join('|', m.Accept)} {m.Text}")));
    }

    [Fact]
    public void The_pooled_batches_route_at_least_ninety_seven_percent()
    {
        using var lease = LiveIndex.Lease();
        var items = BatchNumbers.SelectMany(Read).ToList();
        var report = Evaluator.Run(items, lease.Base.Router);
        Assert.Equal(400, report.Total);
        Assert.True(report.RoutingAccuracy >= PooledFloor,
            $"round-2 pooled: routing accuracy {report.RoutingAccuracy:0.000} < {PooledFloor}; misses:\n"
            + string.Join('\n', report.Misses.Select(m => $"{m.Id} {m.Predicted} {string.Join('|', m.Accept)} {m.Text}")));
    }

    /// <summary>A question no careful worker would send to the call centre must not land there, and the other way round.</summary>
    [Fact]
    public void Out_of_scope_is_neither_missed_nor_given_to_care_questions()
    {
        using var lease = LiveIndex.Lease();
        var items = BatchNumbers.SelectMany(Read).ToList();
        var wrong = items
            .Select(i => (Item: i, Kind: lease.Base.Router.Route(i.Text).Kind))
            .Where(x => (x.Kind == RoutingKind.OutOfScope) != x.Item.Accept.Contains(RoutingKind.OutOfScope) && !x.Item.Accept.Contains(x.Kind))
            .Select(x => $"{x.Item.Id} {x.Kind.ToName()} {string.Join('|', x.Item.Accept.Select(k => k.ToName()))} {x.Item.Text}")
            .ToList();
        Assert.True(wrong.Count <= 2, "out_of_scope confusions:\n" + string.Join('\n', wrong));
    }
}
