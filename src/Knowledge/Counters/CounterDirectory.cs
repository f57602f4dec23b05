using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Counters;

/// <summary>
/// Which counters to show for a kind of worry in a ward. Entries past their valid_until are
/// never returned. For 地域包括支援センター the 町名 decides; where the responsible centre is not
/// known, the ward's own entry (the みまもり centre, which finds it) stands in.
/// </summary>
public sealed class CounterDirectory
{
    private readonly IReadOnlyList<Counter> _counters;
    private readonly Dictionary<string, Counter> _byId;
    private readonly TimeProvider _clock;

    public CounterDirectory(IReadOnlyList<Counter> counters, TimeProvider? clock = null)
    {
        _counters = counters;
        _byId = counters.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _clock = clock ?? TimeProvider.System;
    }

    public IReadOnlyList<Counter> All => _counters.Where(IsValid).ToList();

    public Counter? Find(string id) => _byId.TryGetValue(id, out var c) && IsValid(c) ? c : null;

    /// <summary>The counters of <paramref name="kind"/> for <paramref name="ward"/>, most specific first.</summary>
    public IReadOnlyList<Counter> For(RoutingKind kind, string? ward, string? town = null)
    {
        if (kind == RoutingKind.Houkatsu && ward is not null && town is not null && FindHoukatsu(ward, town) is { } centre)
            return [centre];
        var inWard = _counters.Where(c => IsValid(c) && c.Kind == kind && c.Ward == ward && ward is not null).ToList();
        if (kind == RoutingKind.Houkatsu)
        {
            // Without a known 町名, a centre responsible for some other area would be wrong: give the ward's guide entry.
            var guides = inWard.Where(c => c.Areas.Count == 0).ToList();
            if (guides.Count > 0) return guides;
        }
        if (inWard.Count > 0) return inWard;
        return kind.DependsOnWard() ? [] : _counters.Where(c => IsValid(c) && c.Kind == kind && c.Ward is null).ToList();
    }

    /// <summary>The 地域包括支援センター whose area holds <paramref name="town"/> (「栗平2丁目」 or 「片平」).</summary>
    public Counter? FindHoukatsu(string ward, string town)
    {
        var key = PlaceText.Normalize(town);
        var baseTown = PlaceResolver.TownWithoutChome(key);
        Counter? byBase = null;
        foreach (var c in _counters.Where(c => IsValid(c) && c.Kind == RoutingKind.Houkatsu && c.Ward == ward))
        {
            foreach (var area in c.Areas.Select(PlaceText.Normalize))
            {
                if (area == key) return c;
                if (area == baseTown) byBase = c;
            }
        }
        return byBase;
    }

    private bool IsValid(Counter c) =>
        c.ValidUntil is not { } until || until >= DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
}
