namespace HelpBot.Content.Tests;

/// <summary>Every confirmed (conf. A/B/C, non-GH) number in kawasaki-facts.md that a resident may need is a counter.</summary>
public sealed class ConfirmedNumbersTests
{
    private static readonly (string Phone, string What)[] Table =
    [
        ("044-201-3113", "川崎区役所 総合案内"),
        ("044-556-6666", "幸区役所 総合案内"),
        ("044-744-3113", "中原区役所 総合案内"),
        ("044-861-3113", "高津区役所 総合案内"),
        ("044-856-3113", "宮前区役所 総合案内"),
        ("044-935-3113", "多摩区役所 総合案内"),
        ("044-965-5100", "麻生区役所 総合案内"),
        ("044-201-3214", "川崎区 地域支援課"),
        ("044-201-3210", "川崎区 地域ケア推進課"),
        ("044-201-3215", "川崎区 高齢・障害課"),
        ("044-965-5156", "麻生区 地域ケア推進課"),
        ("044-986-4986", "片平地域包括支援センター"),
        ("044-987-6505", "栗木台地域包括支援センター"),
        ("044-722-5500", "中原区社会福祉協議会"),
        ("119", "救急車・消防"),
        ("#7119", "かながわ救急相談センター"),
        ("045-232-7119", "#7119 直通"),
        ("045-523-7119", "#7119 直通 2"),
        ("045-242-3808", "#7119 聴覚障害者用 FAX"),
        ("189", "児童相談所 全国共通ダイヤル"),
        ("044-733-4343", "川崎いのちの電話"),
        ("044-246-6742", "こころの電話相談"),
        ("0120-874-124", "児童虐待防止センター"),
        ("044-877-8111", "中部児童相談所"),
        ("044-931-4300", "北部児童相談所"),
        ("044-844-6700", "こども専用電話相談"),
        ("044-522-3293", "24時間子供SOS電話相談"),
        ("044-200-0193", "障害者虐待防止センター"),
        ("044-200-3610", "障害者虐待防止センター FAX"),
        ("044-245-5120", "だいJOBセンター"),
        ("044-435-7000", "国際交流センター"),
        ("044-200-3030", "消費者行政センター"),
        ("188", "消費者ホットライン"),
        ("0570-078309", "法テラス川崎"),
        ("044-223-1149", "川崎法律相談センター"),
        ("070-6985-3155", "女性のための依存症電話相談"),
        ("044-200-3939", "サンキューコールかわさき"),
        ("044-200-2111", "川崎市役所 代表"),
    ];

    public static TheoryData<string, string> Confirmed
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (phone, what) in Table) data.Add(phone, what);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Confirmed))]
    public void A_confirmed_number_is_on_a_counter(string phone, string what)
    {
        Assert.True(LiveContent.Content.Counters.Any(c => c.Phone is not null && PhoneDigits.Of(c.Phone) == PhoneDigits.Of(phone)),
            $"{what} ({phone}) is not in counters.yaml");
    }

    [Fact]
    public void Every_counter_phone_is_one_of_the_confirmed_numbers_or_the_national_police_line()
    {
        var allowed = Table.Select(row => PhoneDigits.Of(row.Phone)).Append("110").ToHashSet();
        foreach (var c in LiveContent.Content.Counters.Where(c => c.Phone is not null))
            Assert.True(allowed.Contains(PhoneDigits.Of(c.Phone!)), $"{c.Id} has {c.Phone}, which is not a confirmed number");
    }

    [Fact]
    public void Every_counter_names_a_source_and_its_date()
    {
        foreach (var c in LiveContent.Content.Counters)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source), $"{c.Id} has no source");
            Assert.True(c.Verified <= DateOnly.FromDateTime(DateTime.Today), $"{c.Id} is verified in the future");
        }
    }
}
