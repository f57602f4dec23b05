using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Counters;

public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = Build();

    private static PlaceResolver Build()
    {
        using var folder = new ContentFolder();
        var content = folder.Load().Content;
        return new PlaceResolver(content.Areas, content.Counters);
    }

    public static TheoryData<string, string> Phrasings => new()
    {
        // Ward names in kanji, kana, romaji.
        { "中原区に住んでいます", "中原区" },
        { "川崎市中原区在住です", "中原区" },
        { "なかはらに住んでます", "中原区" },
        { "わたしはなかはらくです", "中原区" },
        { "I live in Nakahara-ku", "中原区" },
        { "I live in Nakahara ward.", "中原区" },
        { "NAKAHARA", "中原区" },
        { "ｎａｋａｈａｒａ－ｋｕ", "中原区" },
        { "幸区です", "幸区" },
        { "さいわいくにすんでいます", "幸区" },
        { "Saiwai-ku, Kawasaki", "幸区" },
        { "高津区の母", "高津区" },
        { "たかつくです", "高津区" },
        { "Takatsu ward", "高津区" },
        { "宮前区です", "宮前区" },
        { "みやまえに住んでいる", "宮前区" },
        { "多摩区に住んでいます", "多摩区" },
        { "たまくです", "多摩区" },
        { "tama-ku", "多摩区" },
        { "麻生区在住", "麻生区" },
        { "あさおくに住んでいます", "麻生区" },
        { "Asao ward", "麻生区" },
        { "川崎区の父", "川崎区" },
        { "かわさきくです", "川崎区" },
        { "Kawasaki-ku", "川崎区" },
        // Stations.
        { "武蔵小杉に住んでいます", "中原区" },
        { "武蔵小杉駅の近く", "中原区" },
        { "元住吉のあたり", "中原区" },
        { "溝の口に住む母", "高津区" },
        { "溝ノ口駅のそば", "高津区" },
        { "武蔵溝ノ口", "高津区" },
        { "梶が谷駅の近く", "高津区" },
        { "登戸駅から歩いて10分", "多摩区" },
        { "向ヶ丘遊園の近く", "多摩区" },
        { "向ケ丘遊園", "多摩区" },
        { "新百合ヶ丘に住んでいます", "麻生区" },
        { "新百合ケ丘", "麻生区" },
        { "百合ヶ丘", "麻生区" },
        { "鷺沼駅の近く", "宮前区" },
        { "宮崎台に住んでいる", "宮前区" },
        { "鹿島田駅の近くです", "幸区" },
        { "新川崎のマンション", "幸区" },
        { "川崎駅の近くに住んでいます", "川崎区" },
        { "京急川崎駅", "川崎区" },
        { "川崎大師の近く", "川崎区" },
        // 町名 and landmarks.
        { "小杉町3丁目", "中原区" },
        { "片平に住んでいる母", "麻生区" },
        { "栗木台2丁目", "麻生区" },
        { "はるひ野に住んでいます", "麻生区" },
        { "下作延2-8-1", "高津区" },
        { "子母口富士見台です", "高津区" },
        { "宇奈根に住んでいます", "高津区" },
        { "等々力緑地の近く", "中原区" },
        { "宿河原に住んでいる", "多摩区" },
        { "桜本の母", "川崎区" },
        { "全角の　武蔵　小杉　です", "中原区" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void A_place_in_the_text_resolves_to_its_ward(string text, string ward)
    {
        var resolution = Resolver.Resolve(text);
        Assert.Equal(ward, resolution.Ward);
    }

    [Theory]
    [InlineData("母が最近もの忘れがひどくて心配です")]
    [InlineData("川崎市に住んでいます")]
    [InlineData("かわさきに住んでいます")]
    [InlineData("幸いです")]
    [InlineData("たまに母の様子を見に行きます")]
    [InlineData("おなかはらいたです")]
    [InlineData("中原さんという人")]
    [InlineData("")]
    [InlineData("   ")]
    public void Text_without_a_place_has_no_ward(string text)
    {
        var resolution = Resolver.Resolve(text);
        Assert.Null(resolution.Ward);
        Assert.False(resolution.IsAmbiguous);
    }

    [Fact]
    public void Places_in_two_wards_are_ambiguous_and_name_both()
    {
        var resolution = Resolver.Resolve("私は中原区、母は麻生区に住んでいます");
        Assert.Null(resolution.Ward);
        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["中原区", "麻生区"], resolution.Candidates);
    }

    [Fact]
    public void The_longest_place_wins()
    {
        // 向ヶ丘 is a 町名 of 高津区; 向ヶ丘遊園 is a station of 多摩区.
        Assert.Equal("多摩区", Resolver.Resolve("向ヶ丘遊園").Ward);
        Assert.Equal("高津区", Resolver.Resolve("向ヶ丘").Ward);
        Assert.Equal("麻生区", Resolver.Resolve("新百合ヶ丘").Ward);
    }

    [Theory]
    [InlineData("栗平二丁目に住んでいます", "栗平2丁目")]
    [InlineData("栗平2-1-6", "栗平2丁目")]
    [InlineData("栗平１丁目", "栗平1丁目")]
    [InlineData("片平に住んでいる", "片平")]
    public void The_town_keeps_its_chome(string text, string town)
    {
        Assert.Equal(town, Resolver.Resolve(text).Town);
    }

    [Fact]
    public void A_hundred_kilobytes_of_text_resolves_without_trouble()
    {
        var text = string.Concat(Enumerable.Repeat("あいうえおかきくけこ", 10_000)) + "武蔵小杉";
        Assert.Equal("中原区", Resolver.Resolve(text).Ward);
    }
}
