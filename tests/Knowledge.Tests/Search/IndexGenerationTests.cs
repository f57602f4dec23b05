using HelpBot.Knowledge.Search;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Search;

public sealed class IndexGenerationTests
{
    [Fact]
    public void A_build_publishes_a_generation_with_its_manifest()
    {
        using var k = new FixtureKnowledge();
        var name = k.Host.Store.CurrentName();

        Assert.NotNull(name);
        var manifest = k.Host.Manifest!;
        Assert.Equal(name, manifest.Name);
        Assert.Equal(5, manifest.Documents);
        Assert.Equal(3, manifest.DocumentsByCollection["pamphlet"]);
        Assert.Equal(12, manifest.Counters);
        Assert.True(File.Exists(Path.Combine(k.Host.Store.PathOf(name!), "content", "counters.yaml")));
    }

    [Fact]
    public void A_failed_build_leaves_the_last_good_generation_serving()
    {
        using var k = new FixtureKnowledge();
        var before = k.Host.Store.CurrentName();
        var generations = Directory.GetDirectories(k.Host.Store.GenerationsRoot).Length;

        k.Content.Write("counters.yaml", "- id: broken\n  kind: nonsense\n");
        var result = k.Rebuild();

        Assert.False(result.Success);
        Assert.Contains(result.Report.Errors, e => e.File == "content/counters.yaml");
        Assert.Equal(before, k.Host.Store.CurrentName());
        Assert.Equal(before, k.Host.Manifest!.Name);
        Assert.Equal(generations, Directory.GetDirectories(k.Host.Store.GenerationsRoot).Length);
        using var lease = k.Lease();
        Assert.NotEmpty(lease.Base.Searcher.Search("認知症"));
    }

    [Fact]
    public void A_new_generation_is_served_after_a_rebuild_and_the_old_one_finishes_its_work()
    {
        using var k = new FixtureKnowledge();
        using var old = k.Lease();
        k.Content.Replace("pamphlet/shouhisha.md", "title: 消費者トラブル", "title: 消費者トラブル・悪質商法");

        var result = k.Rebuild();

        Assert.True(result.Success);
        using var current = k.Lease();
        Assert.NotEqual(old.Base.Generation, current.Base.Generation);
        Assert.Equal("消費者トラブル・悪質商法", current.Base.Content.Documents.Single(d => d.Id == "shouhisha").Title);
        // The lease taken before the switch still searches its own generation.
        Assert.Equal("消費者トラブル", old.Base.Searcher.Search("訪問販売")[0].Document.Title);
    }

    [Fact]
    public void A_generation_published_by_another_process_is_picked_up()
    {
        using var k = new FixtureKnowledge();
        var before = k.Host.Manifest!.Name;
        // Another process (the reindex verb) builds into the same data folder.
        var other = new IndexBuilder(new FixedClock(ContentFolder.Today)).Build(k.Content.Root, "content", new IndexStore(k.DataPath));
        Assert.True(other.Success);

        Assert.True(k.Host.Refresh());

        Assert.NotEqual(before, k.Host.Manifest!.Name);
        Assert.Equal(other.Manifest!.Name, k.Host.Manifest!.Name);
    }

    [Fact]
    public void Old_generations_are_pruned_but_the_current_is_kept()
    {
        using var k = new FixtureKnowledge();
        for (var i = 0; i < IndexStore.GenerationsKept + 2; i++) Assert.True(k.Rebuild().Success);

        var names = Directory.GetDirectories(k.Host.Store.GenerationsRoot).Select(Path.GetFileName).ToList();
        Assert.Equal(IndexStore.GenerationsKept, names.Count);
        Assert.Contains(k.Host.Store.CurrentName(), names);
    }

    [Fact]
    public async Task Searches_during_a_switch_never_fail_or_come_back_empty()
    {
        using var k = new FixtureKnowledge();
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var empties = 0;
        var searches = 0;
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var lease = k.Host.Acquire();
                    if (lease.Base.Searcher.Search("認知症").Count == 0) Interlocked.Increment(ref empties);
                    Interlocked.Increment(ref searches);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        for (var i = 0; i < 4; i++) Assert.True(k.Rebuild().Success);
        stop.Cancel();
        await Task.WhenAll(searchers);

        Assert.Equal(0, failures);
        Assert.Equal(0, empties);
        Assert.True(searches > 0);
    }
}
