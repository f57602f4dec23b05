using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>Each ward's 地域みまもり支援センター carries the ward office's confirmed number and address (kawasaki-facts.md §1b).</summary>
public sealed class WardCountersTests
{
    private static readonly (string Ward, string Id, string Phone, string Address)[] Table =
    [
        ("川崎区", "mimamori-kawasaki", "044-201-3113", "〒210-8570 川崎市川崎区東田町8"),
        ("幸区", "mimamori-saiwai", "044-556-6666", "〒212-8570 川崎市幸区戸手本町1-11-1"),
        ("中原区", "mimamori-nakahara", "044-744-3113", "〒211-8570 川崎市中原区小杉町3-245"),
        ("高津区", "mimamori-takatsu", "044-861-3113", "〒213-8570 川崎市高津区下作延2-8-1"),
        ("宮前区", "mimamori-miyamae", "044-856-3113", "〒216-8570 川崎市宮前区宮前平2-20-5"),
        ("多摩区", "mimamori-tama", "044-935-3113", "〒214-8570 川崎市多摩区登戸1775-1"),
        ("麻生区", "mimamori-asao", "044-965-5100", "〒215-8570 川崎市麻生区万福寺1-5-1"),
    ];

    public static TheoryData<string, string, string, string> WardOffices
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var (ward, id, phone, address) in Table) data.Add(ward, id, phone, address);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WardOffices))]
    public void Each_ward_has_its_mimamori_counter_with_the_ward_office_number_and_address(string ward, string id, string phone, string address)
    {
        var counter = Assert.Single(LiveContent.Content.Counters, c => c.Id == id);
        Assert.Equal(RoutingKind.Mimamori, counter.Kind);
        Assert.Equal(ward, counter.Ward);
        Assert.Equal(phone, counter.Phone);
        Assert.Equal("区役所総合案内", counter.PhoneLabel);
        Assert.Equal(address, counter.Address);
    }

    [Fact]
    public void The_wards_in_the_table_are_all_seven_canonical_wards()
    {
        Assert.Equal(Wards.All.Order(), Table.Select(row => row.Ward).Order());
    }

    [Theory]
    [MemberData(nameof(WardOffices))]
    public void The_main_mimamori_entry_comes_first_among_its_wards_counters(string ward, string id, string phone, string address)
    {
        _ = (phone, address);
        var first = LiveContent.Content.Counters.First(c => c.Ward == ward);
        Assert.Equal(id, first.Id);
    }

    [Fact]
    public void Every_ward_has_a_houkatsu_guide_and_a_shakyo_counter()
    {
        foreach (var (ward, romaji) in new[] { ("川崎区", "kawasaki"), ("幸区", "saiwai"), ("中原区", "nakahara"), ("高津区", "takatsu"), ("宮前区", "miyamae"), ("多摩区", "tama"), ("麻生区", "asao") })
        {
            var guide = Assert.Single(LiveContent.Content.Counters, c => c.Id == $"houkatsu-guide-{romaji}");
            Assert.Equal((RoutingKind.Houkatsu, ward), (guide.Kind, guide.Ward));
            Assert.Empty(guide.Areas);
            var shakyo = Assert.Single(LiveContent.Content.Counters, c => c.Id == $"shakyo-{romaji}");
            Assert.Equal((RoutingKind.Shakyo, ward), (shakyo.Kind, shakyo.Ward));
        }
    }

    [Fact]
    public void A_ward_office_number_on_another_counter_is_labelled_as_the_ward_office()
    {
        var wardOffice = Table.Select(row => PhoneDigits.Of(row.Phone)).ToHashSet();
        foreach (var c in LiveContent.Content.Counters.Where(c => c.Phone is not null && wardOffice.Contains(PhoneDigits.Of(c.Phone))))
            Assert.True(c.PhoneLabel == "区役所総合案内", $"{c.Id} shows a ward office number without the label 区役所総合案内");
    }
}
