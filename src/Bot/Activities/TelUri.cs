namespace HelpBot.Bot.Activities;

/// <summary>A tel: URI for a phone number as written on a counter card (044-744-3113, #7119, 119).</summary>
public static class TelUri
{
    public static string For(string phone) =>
        "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '#').ToArray()).Replace("#", "%23");
}
