namespace HelpBot.Knowledge.Routing;

/// <summary>How soon a person must act: an emergency (life at risk now), a crisis (safety at risk), or normal.</summary>
public enum Urgency
{
    Normal,
    Crisis,
    Emergency,
}
