using System.Globalization;

namespace HelpBot.Bot.Channels.Line;

/// <summary>Times as the SQLite tables keep them: ISO 8601 in UTC, so they sort as text.</summary>
internal static class SqlTime
{
    public static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static object OrNull(DateTimeOffset? t) => t is { } v ? Format(v) : DBNull.Value;
}
