namespace HelpBot.Knowledge.Counters;

/// <summary>What kind of word placed the resident in a ward.</summary>
public enum PlaceKind
{
    WardName,
    Town,
    Station,
    Landmark,
}
