namespace HelpBot.Bot.Handoff;

/// <summary>
/// 国民の祝日 by the rules of 祝日法: fixed days, the Happy-Monday days, the equinoxes (the standard
/// formula, valid 1980–2099), 振替休日 (a holiday on Sunday moves to the next weekday that is not a
/// holiday) and 国民の休日 (a weekday between two holidays). Exceptional one-year moves (2020, 2021) are not modelled.
/// </summary>
public static class JapaneseHolidays
{
    public static bool IsHoliday(DateOnly date) => Named(date) || IsSubstitute(date) || IsCitizensHoliday(date);

    private static bool Named(DateOnly d)
    {
        var (m, day) = (d.Month, d.Day);
        return (m, day) switch
        {
            (1, 1) or (2, 11) or (2, 23) or (4, 29) or (5, 3) or (5, 4) or (5, 5) or (8, 11) or (11, 3) or (11, 23) => true,
            _ when m == 1 && IsNthMonday(d, 2) => true,   // 成人の日
            _ when m == 7 && IsNthMonday(d, 3) => true,   // 海の日
            _ when m == 9 && IsNthMonday(d, 3) => true,   // 敬老の日
            _ when m == 10 && IsNthMonday(d, 2) => true,  // スポーツの日
            _ when m == 3 && day == VernalEquinox(d.Year) => true,
            _ when m == 9 && day == AutumnalEquinox(d.Year) => true,
            _ => false,
        };
    }

    private static bool IsSubstitute(DateOnly d)
    {
        if (Named(d)) return false;
        // Walk back over the run of holidays just before this day; if it began on a Sunday, this day is the 振替休日.
        for (var back = d.AddDays(-1); Named(back); back = back.AddDays(-1))
            if (back.DayOfWeek == DayOfWeek.Sunday) return true;
        return false;
    }

    private static bool IsCitizensHoliday(DateOnly d) =>
        d.DayOfWeek != DayOfWeek.Sunday && !Named(d) && Named(d.AddDays(-1)) && Named(d.AddDays(1));

    private static bool IsNthMonday(DateOnly d, int n) => d.DayOfWeek == DayOfWeek.Monday && (d.Day - 1) / 7 == n - 1;

    private static int VernalEquinox(int year) => (int)(20.8431 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    private static int AutumnalEquinox(int year) => (int)(23.2488 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));
}
