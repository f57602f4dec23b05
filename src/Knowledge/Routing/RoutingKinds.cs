using System.Diagnostics.CodeAnalysis;

namespace HelpBot.Knowledge.Routing;

/// <summary>The wire names of <see cref="RoutingKind"/>, as used in content files and JSON.</summary>
public static class RoutingKinds
{
    private static readonly Dictionary<string, RoutingKind> ByName = new(StringComparer.Ordinal)
    {
        ["mimamori"] = RoutingKind.Mimamori,
        ["houkatsu"] = RoutingKind.Houkatsu,
        ["shakyo"] = RoutingKind.Shakyo,
        ["emergency"] = RoutingKind.Emergency,
        ["other"] = RoutingKind.Other,
        ["out_of_scope"] = RoutingKind.OutOfScope,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string ToName(this RoutingKind kind) => kind switch
    {
        RoutingKind.Mimamori => "mimamori",
        RoutingKind.Houkatsu => "houkatsu",
        RoutingKind.Shakyo => "shakyo",
        RoutingKind.Emergency => "emergency",
        RoutingKind.Other => "other",
        RoutingKind.OutOfScope => "out_of_scope",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out RoutingKind? kind)
    {
        if (name is not null && ByName.TryGetValue(name, out var found))
        {
            kind = found;
            return true;
        }
        kind = null;
        return false;
    }

    /// <summary>True for kinds whose counter depends on where the resident lives.</summary>
    public static bool DependsOnWard(this RoutingKind kind) =>
        kind is RoutingKind.Mimamori or RoutingKind.Houkatsu or RoutingKind.Shakyo;
}
