namespace HelpBot.Knowledge.Routing;

/// <summary>Japanese names of the routing kinds, for reasons staff and editors read.</summary>
public static class RoutingKindLabels
{
    public static string Label(this RoutingKind kind) => kind switch
    {
        RoutingKind.Mimamori => "区役所地域みまもり支援センター",
        RoutingKind.Houkatsu => "地域包括支援センター",
        RoutingKind.Shakyo => "社会福祉協議会",
        RoutingKind.Emergency => "緊急の連絡先",
        RoutingKind.Other => "専門の相談窓口",
        RoutingKind.OutOfScope => "市の総合案内（介護・福祉以外）",
        _ => kind.ToString(),
    };
}
