namespace HelpBot.Knowledge.Routing;

/// <summary>What the conversation already knows: the ward the resident gave earlier, if any.</summary>
public sealed record RoutingContext(string? Ward = null, string? Town = null)
{
    public static RoutingContext None { get; } = new();
}
