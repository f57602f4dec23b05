using System.Globalization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The watermark is the transcript's sequence number of the last activity a client has seen, as a
/// decimal string. An empty or missing one means "from the start" (DirectLineJS's first poll sends <c>watermark=</c>).
/// </summary>
public static class Watermarks
{
    public static bool TryParse(string? value, out long seq)
    {
        seq = 0;
        if (string.IsNullOrEmpty(value)) return true;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seq);
    }

    public static string Format(long seq) => seq.ToString(CultureInfo.InvariantCulture);
}
