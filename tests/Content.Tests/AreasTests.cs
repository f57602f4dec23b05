using HelpBot.Knowledge.Counters;

namespace HelpBot.Content.Tests;

/// <summary>areas.yaml places residents in every ward, and its tricky names resolve to the right one.</summary>
public sealed class AreasTests
{
    private static readonly PlaceResolver Resolver = new(LiveContent.Content.Areas, LiveContent.Content.Counters);

    [Fact]
    public void Every_ward_has_names_stations_and_at_least_one_landmark()
    {
        foreach (var ward in Wards.All)
        {
            var places = Assert.Single(LiveContent.Content.Areas, a => a.Ward == ward);
            Assert.NotEmpty(places.Names);
            Assert.NotEmpty(places.Stations);
            Assert.NotEmpty(places.Landmarks);
            Assert.NotEmpty(places.Towns);
            Assert.False(string.IsNullOrWhiteSpace(places.Source), $"{ward} has no source");
        }
    }

    [Fact]
    public void Takatsu_has_the_four_districts_of_the_district_profile()
    {
        var takatsu = Assert.Single(LiveContent.Content.Areas, a => a.Ward == "高津区");
        Assert.Equal(["高津第1", "高津第2", "高津第3", "橘"], takatsu.Districts.Select(d => d.Name));
        Assert.Equal(25, takatsu.Districts.Sum(d => d.Towns.Count));
    }

    [Theory]
    [InlineData("向ヶ丘遊園駅の近くに住んでいます", "多摩区")]
    [InlineData("向ケ丘遊園", "多摩区")]
    [InlineData("高津区向ヶ丘に住んでいます", "高津区")]
    [InlineData("溝ノ口に住んでいます", "高津区")]
    [InlineData("武蔵溝ノ口駅", "高津区")]
    [InlineData("新百合ケ丘のマンション", "麻生区")]
    [InlineData("百合ヶ丘駅の近く", "麻生区")]
    [InlineData("平間寺の近く", "川崎区")]
    [InlineData("下平間に住んでいます", "幸区")]
    [InlineData("川崎駅の近くです", "川崎区")]
    [InlineData("鹿島田です", "幸区")]
    [InlineData("武蔵小杉のタワマン", "中原区")]
    [InlineData("わたしは なかはらに すんでいます", "中原区")]
    [InlineData("I live in Nakahara-ku", "中原区")]
    [InlineData("栗平2丁目に住んでいます", "麻生区")]
    [InlineData("鷺沼駅から歩いて10分", "宮前区")]
    [InlineData("登戸に住んでいます", "多摩区")]
    [InlineData("川崎大師の近く", "川崎区")]
    public void A_place_resolves_to_its_ward(string text, string ward)
    {
        Assert.Equal(ward, Resolver.Resolve(text).Ward);
    }

    [Theory]
    [InlineData("川崎市に住んでいます")]
    [InlineData("たまに母の家に行きます")]
    [InlineData("幸いなことに母は元気です")]
    [InlineData("さいわい けがはありませんでした")]
    [InlineData("小田急線で通院しています")]
    [InlineData("中原さんというケアマネさん")]
    public void Ordinary_words_and_the_city_name_place_no_ward(string text)
    {
        Assert.Null(Resolver.Resolve(text).Ward);
    }
}
