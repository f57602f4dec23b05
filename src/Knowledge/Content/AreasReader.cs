using HelpBot.Knowledge.Counters;
using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>Reads content/areas.yaml: per ward, its names, 町名, stations, landmarks and 地区.</summary>
public static class AreasReader
{
    public static IReadOnlyList<WardPlaces> Read(string text, string file, ContentReport report)
    {
        var root = YamlDocumentReader.Parse(text, file, report);
        var wards = new List<WardPlaces>();
        foreach (var map in YamlRoot.Entries(root, "wards", file, report))
        {
            var f = new YamlFields(map, file, report);
            var ward = f.String("ward", required: true);
            var names = f.StringList("names", required: false);
            var towns = f.StringList("towns", required: false);
            var stations = f.StringList("stations", required: false);
            var landmarks = f.StringList("landmarks", required: false);
            var districtNodes = f.Sequence("districts", required: false);
            var source = f.String("source", required: false);
            f.ReportUnknown();

            if (ward is not null && !Wards.IsCanonical(ward))
            {
                f.Error("ward", $"ward '{ward}' は区の正式名ではありません（{string.Join(" ", Wards.All)}）");
                continue;
            }
            if (ward is null) continue;
            wards.Add(new WardPlaces
            {
                Ward = ward,
                Names = names,
                Towns = towns,
                Stations = stations,
                Landmarks = landmarks,
                Districts = ReadDistricts(districtNodes, file, report),
                Source = source,
                Location = new ContentLocation(file, f.Line),
            });
        }
        return wards;
    }

    private static IReadOnlyList<District> ReadDistricts(YamlSequenceNode? nodes, string file, ContentReport report)
    {
        if (nodes is null) return [];
        var districts = new List<District>();
        foreach (var node in nodes.Children)
        {
            if (node is not YamlMappingNode map)
            {
                report.Error(file, YamlDocumentReader.Line(node), "districts の各項目は name と towns で書いてください");
                continue;
            }
            var f = new YamlFields(map, file, report);
            var name = f.String("name", required: true);
            var towns = f.StringList("towns", required: true);
            f.ReportUnknown();
            if (name is not null) districts.Add(new District(name, towns));
        }
        return districts;
    }
}
