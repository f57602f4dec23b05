namespace HelpBot.Bot.Handoff;

/// <summary>
/// When staff read the chat (<c>Staffing:*</c>): by default weekdays 8:30–17:15 Japan time, closed on
/// public holidays and 12/29–1/3; an unclaimed urgent escalation alerts staff after a few minutes.
/// </summary>
public sealed record StaffingOptions
{
    public TimeOnly Open { get; init; } = new(8, 30);
    public TimeOnly Close { get; init; } = new(17, 15);
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>
        { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
    public bool ClosedOnHolidays { get; init; } = true;
    /// <summary>Closed days every year as month-day pairs (the year-end closure by default).</summary>
    public IReadOnlyList<(int Month, int Day)> ClosedDays { get; init; } = [(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)];
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    public TimeSpan EmergencyAlertAfter { get; init; } = TimeSpan.FromMinutes(5);

    public static StaffingOptions From(IConfiguration configuration)
    {
        var options = new StaffingOptions();
        var section = configuration.GetSection("Staffing");
        if (TimeOnly.TryParse(section["Open"], out var open)) options = options with { Open = open };
        if (TimeOnly.TryParse(section["Close"], out var close)) options = options with { Close = close };
        if (section["Days"] is { Length: > 0 } days)
        {
            options = options with
            {
                Days = days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(d => Enum.Parse<DayOfWeek>(d, ignoreCase: true)).ToHashSet(),
            };
        }
        if (bool.TryParse(section["ClosedOnHolidays"], out var holidays)) options = options with { ClosedOnHolidays = holidays };
        if (double.TryParse(section["EmergencyAlertMinutes"], System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
            options = options with { EmergencyAlertAfter = TimeSpan.FromMinutes(minutes) };
        return options;
    }
}
