namespace HelpBot.Knowledge.Routing;

/// <summary>Which kind of counter a worry belongs to (DESIGN.md, "Routing kinds").</summary>
public enum RoutingKind
{
    Mimamori,
    Houkatsu,
    Shakyo,
    Emergency,
    Other,
    OutOfScope,
}
