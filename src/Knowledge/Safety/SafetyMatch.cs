using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Safety;

/// <summary>A safety rule that fired, with the words that fired it.</summary>
public sealed record SafetyMatch(SafetyRule Rule, string Matched, string? Language)
{
    public Urgency Urgency => Rule.Urgency;
}
