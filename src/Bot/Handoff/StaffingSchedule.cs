namespace HelpBot.Bot.Handoff;

/// <summary>Whether staff are reading the chat now, and when they next will.</summary>
public sealed class StaffingSchedule(StaffingOptions options, TimeProvider clock)
{
    public StaffingOptions Options => options;

    public bool IsOpenNow() => IsOpen(clock.GetUtcNow());

    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, options.TimeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(day) && time >= options.Open && time < options.Close;
    }

    public bool IsWorkingDay(DateOnly day) =>
        options.Days.Contains(day.DayOfWeek)
        && !options.ClosedDays.Contains((day.Month, day.Day))
        && !(options.ClosedOnHolidays && JapaneseHolidays.IsHoliday(day));

    /// <summary>The next time staff start reading (now, if open), in Japan time.</summary>
    public DateTimeOffset NextOpening() => NextOpening(clock.GetUtcNow());

    public DateTimeOffset NextOpening(DateTimeOffset from)
    {
        if (IsOpen(from)) return TimeZoneInfo.ConvertTime(from, options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(from, options.TimeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= options.Open) day = day.AddDays(1);
        for (var i = 0; i < 400; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var opening = day.ToDateTime(options.Open);
            return new DateTimeOffset(opening, options.TimeZone.GetUtcOffset(opening));
        }
        throw new InvalidOperationException("the staffing schedule has no working day in a year");
    }

    /// <summary>「11月27日（金）8時30分」: when a person will read the message, for residents.</summary>
    public static string Describe(DateTimeOffset at)
    {
        var names = new[] { "日", "月", "火", "水", "木", "金", "土" };
        return $"{at.Month}月{at.Day}日（{names[(int)at.DayOfWeek]}）{at.Hour}時{(at.Minute == 0 ? "" : $"{at.Minute}分")}";
    }
}
