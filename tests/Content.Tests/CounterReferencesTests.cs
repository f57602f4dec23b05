namespace HelpBot.Content.Tests;

/// <summary>Documents and safety rules only point at counters that exist and have not expired.</summary>
public sealed class CounterReferencesTests
{
    [Fact]
    public void Every_counter_a_safety_rule_shows_exists()
    {
        var ids = LiveContent.Content.Counters.Select(c => c.Id).ToHashSet();
        var missing = LiveContent.Content.Safety.SelectMany(r => r.Counters.Where(id => !ids.Contains(id)).Select(id => $"{r.Id} -> {id}")).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void No_document_or_safety_rule_points_at_an_expired_counter()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var expired = LiveContent.Content.Counters.Where(c => c.ValidUntil is { } until && until < today).Select(c => c.Id).ToHashSet();
        var references = LiveContent.Content.Documents.SelectMany(d => d.Counters.Select(id => (From: d.Id, To: id)))
            .Concat(LiveContent.Content.Safety.SelectMany(r => r.Counters.Select(id => (From: r.Id, To: id))));
        Assert.DoesNotContain(references, r => expired.Contains(r.To));
    }

    [Fact]
    public void Emergency_rules_show_only_city_wide_counters()
    {
        var byId = LiveContent.Content.Counters.ToDictionary(c => c.Id);
        foreach (var rule in LiveContent.Content.Safety)
            foreach (var id in rule.Counters)
                Assert.True(byId[id].Ward is null, $"{rule.Id} shows the ward counter {id}; safety numbers must work for every resident");
    }
}
