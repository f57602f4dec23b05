using System.Text.RegularExpressions;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Content;

/// <summary>Reads content/counters.yaml into <see cref="Counter"/> entries, reporting each problem at its line.</summary>
public static partial class CountersReader
{
    [GeneratedRegex(@"^(#\d{4}|\d{3}|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{3}-\d{5,6})$")]
    private static partial Regex PhonePattern();

    public static IReadOnlyList<Counter> Read(string text, string file, ContentReport report, DateOnly today)
    {
        var root = YamlDocumentReader.Parse(text, file, report);
        var counters = new List<Counter>();
        foreach (var map in YamlRoot.Entries(root, "counters", file, report))
        {
            var f = new YamlFields(map, file, report);
            var id = f.String("id", required: true);
            var kindName = f.String("kind", required: true);
            var ward = f.String("ward", required: false);
            var name = f.String("name", required: true);
            var phone = f.String("phone", required: false);
            var phoneLabel = f.String("phone_label", required: false);
            var hours = f.String("hours", required: false);
            var address = f.String("address", required: false);
            var url = f.String("url", required: false);
            var areas = f.StringList("areas", required: false);
            var source = f.String("source", required: true);
            var verified = f.Date("verified", required: true);
            var validUntil = f.Date("valid_until", required: false);
            f.ReportUnknown();

            if (id is not null && !Ids.IsKebabCase(id)) f.Error("id", $"id '{id}' は半角英小文字・数字とハイフンで書いてください（例: mimamori-nakahara）");
            RoutingKind? kind = null;
            if (kindName is not null && !RoutingKinds.TryParse(kindName, out kind))
                f.Error("kind", $"kind '{kindName}' は不明です（{string.Join(", ", RoutingKinds.Names)} のいずれか）");
            if (ward is not null && !Wards.IsCanonical(ward))
                f.Error("ward", $"ward '{ward}' は区の正式名ではありません（{string.Join(" ", Wards.All)}）");
            if (phone is not null && !PhonePattern().IsMatch(phone))
                f.Error("phone", $"phone '{phone}' は電話番号の形ではありません（例: 044-200-3939、#7119、119）");
            if (phoneLabel is not null && phone is null)
                f.Error("phone_label", "phone_label は phone と一緒に書いてください");
            if (url is not null && !Ids.IsHttpUrl(url))
                f.Error("url", $"url '{url}' は http:// か https:// で始まる URL にしてください");
            if (verified is { } v && v < today.AddYears(-1))
                f.Warning("verified", $"counter '{id}' の確認日 {v:yyyy-MM-dd} から 1 年以上たっています。公式ページで確かめてください");
            if (verified is { } v2 && v2 > today)
                f.Error("verified", $"verified {v2:yyyy-MM-dd} が未来の日付です");
            if (validUntil is { } until && until < today)
                f.Error("valid_until", $"counter '{id}' は {until:yyyy-MM-dd} で期限切れです（valid_until）。削除するか更新してください");
            if (kind is RoutingKind.Emergency && ward is not null)
                f.Error("ward", "緊急の番号（kind: emergency）に ward は書けません");

            if (id is null || kind is null || name is null || source is null || verified is null) continue;
            if (ward is not null && !Wards.IsCanonical(ward)) continue;
            counters.Add(new Counter
            {
                Id = id,
                Kind = kind.Value,
                Ward = ward,
                Name = name,
                Phone = phone,
                PhoneLabel = phoneLabel,
                Hours = hours,
                Address = address,
                Url = url,
                Areas = areas,
                Source = source,
                Verified = verified.Value,
                ValidUntil = validUntil,
                Location = new ContentLocation(file, f.Line),
            });
        }
        return counters;
    }
}
