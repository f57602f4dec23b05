namespace HelpBot.Knowledge.Counters;

/// <summary>The seven canonical ward ids of Kawasaki City (DESIGN.md, Contracts: "Wards").</summary>
public static class Wards
{
    public static IReadOnlyList<string> All { get; } = ["川崎区", "幸区", "中原区", "高津区", "宮前区", "多摩区", "麻生区"];

    private static readonly HashSet<string> Canonical = new(All, StringComparer.Ordinal);

    public static bool IsCanonical(string? ward) => ward is not null && Canonical.Contains(ward);
}
