namespace HelpBot.Knowledge.Content;

/// <summary>Where an entry was defined, so reports and editors can point at it.</summary>
public sealed record ContentLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
