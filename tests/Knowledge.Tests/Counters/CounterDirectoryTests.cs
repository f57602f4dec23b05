using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Counters;

public sealed class CounterDirectoryTests
{
    private static readonly CounterDirectory Directory = Build();

    private static CounterDirectory Build()
    {
        using var folder = new ContentFolder();
        return new CounterDirectory(folder.Load().Content.Counters, new FixedClock(ContentFolder.Today));
    }

    [Theory]
    [InlineData("栗平1丁目", "houkatsu-katahira")]
    [InlineData("栗平2丁目", "houkatsu-kurikidai")]
    [InlineData("片平", "houkatsu-katahira")]
    [InlineData("片平5丁目", "houkatsu-katahira")]
    [InlineData("はるひ野3丁目", "houkatsu-kurikidai")]
    public void A_town_finds_its_houkatsu_centre(string town, string id)
    {
        var counters = Directory.For(RoutingKind.Houkatsu, "麻生区", town);
        Assert.Equal(id, Assert.Single(counters).Id);
    }

    [Fact]
    public void A_town_split_by_chome_without_a_chome_falls_back_to_the_ward_guide()
    {
        var counters = Directory.For(RoutingKind.Houkatsu, "麻生区", "栗平");
        Assert.Equal("houkatsu-guide-asao", Assert.Single(counters).Id);
    }

    [Fact]
    public void Without_a_town_the_ward_guide_stands_in_for_the_centre()
    {
        var counters = Directory.For(RoutingKind.Houkatsu, "麻生区");
        var guide = Assert.Single(counters);
        Assert.Equal("houkatsu-guide-asao", guide.Id);
        Assert.Equal("区役所総合案内", guide.PhoneLabel);
    }

    [Fact]
    public void Ward_counters_need_a_ward()
    {
        Assert.Empty(Directory.For(RoutingKind.Mimamori, null));
        Assert.Equal("mimamori-nakahara", Assert.Single(Directory.For(RoutingKind.Mimamori, "中原区")).Id);
    }

    [Fact]
    public void City_wide_kinds_ignore_the_ward()
    {
        Assert.Equal("thank-you-call", Assert.Single(Directory.For(RoutingKind.OutOfScope, "中原区")).Id);
        Assert.Equal(["emergency-119", "police-110"], Directory.For(RoutingKind.Emergency, null).Select(c => c.Id));
    }

    [Fact]
    public void An_entry_past_valid_until_is_never_returned()
    {
        var expired = new Counter
        {
            Id = "old", Kind = RoutingKind.Other, Name = "終了した窓口", Source = "x",
            Verified = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 3, 31),
            Location = new ContentLocation("content/counters.yaml", 1),
        };
        var directory = new CounterDirectory([expired], new FixedClock(ContentFolder.Today));
        Assert.Null(directory.Find("old"));
        Assert.Empty(directory.For(RoutingKind.Other, null));
    }
}
