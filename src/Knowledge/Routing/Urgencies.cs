namespace HelpBot.Knowledge.Routing;

/// <summary>The wire names of <see cref="Urgency"/>.</summary>
public static class Urgencies
{
    public static string ToName(this Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Crisis => "crisis",
        _ => "normal",
    };

    public static bool TryParse(string? name, out Urgency urgency)
    {
        switch (name)
        {
            case "emergency": urgency = Urgency.Emergency; return true;
            case "crisis": urgency = Urgency.Crisis; return true;
            case "normal": urgency = Urgency.Normal; return true;
            default: urgency = Urgency.Normal; return false;
        }
    }
}
