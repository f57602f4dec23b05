using HelpBot.Bot.Handoff;
using HelpBot.Tests.Shared;

namespace HelpBot.Bot.Tests.Staff;

public sealed class StaffingScheduleTests
{
    private static readonly StaffingSchedule Schedule = new(new StaffingOptions(), new FixedClock(DateTimeOffset.UnixEpoch));

    private static DateTimeOffset Jst(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(2026, 11, 26, 10, 0, true)]   // Thursday morning
    [InlineData(2026, 11, 26, 8, 29, false)]  // before 8:30
    [InlineData(2026, 11, 26, 17, 15, false)] // 17:15 is closing time
    [InlineData(2026, 11, 26, 17, 14, true)]
    [InlineData(2026, 11, 28, 10, 0, false)]  // Saturday
    [InlineData(2026, 11, 23, 10, 0, false)]  // 勤労感謝の日 (Monday)
    [InlineData(2026, 12, 29, 10, 0, false)]  // year-end closure
    [InlineData(2027, 1, 4, 10, 0, true)]     // first working day of the year
    [InlineData(2026, 5, 6, 10, 0, false)]    // 振替休日 for 5/3 (Sunday)
    [InlineData(2026, 9, 22, 10, 0, false)]   // 国民の休日 between 敬老の日 and 秋分の日
    [InlineData(2026, 3, 20, 10, 0, false)]   // 春分の日
    [InlineData(2026, 1, 12, 10, 0, false)]   // 成人の日 (2nd Monday)
    [InlineData(2026, 10, 12, 10, 0, false)]  // スポーツの日 (2nd Monday)
    [InlineData(2026, 7, 20, 10, 0, false)]   // 海の日 (3rd Monday)
    [InlineData(2026, 7, 21, 10, 0, true)]
    public void Open_only_on_working_days_within_hours(int y, int m, int d, int h, int min, bool open)
    {
        Assert.Equal(open, Schedule.IsOpen(Jst(y, m, d, h, min)));
    }

    [Theory]
    [InlineData(2026, 11, 27, 18, 0, 2026, 11, 30)] // Friday evening → Monday
    [InlineData(2026, 12, 28, 18, 0, 2027, 1, 4)]   // before the year-end closure → after it
    [InlineData(2026, 11, 26, 7, 0, 2026, 11, 26)]  // early morning → the same day
    [InlineData(2026, 11, 20, 18, 0, 2026, 11, 24)] // Friday before 勤労感謝の日 (Mon) → Tuesday
    public void The_next_opening_skips_closed_days(int y, int m, int d, int h, int min, int ny, int nm, int nd)
    {
        var next = Schedule.NextOpening(Jst(y, m, d, h, min));
        Assert.Equal(Jst(ny, nm, nd, 8, 30), next);
        Assert.Equal("11月30日（月）8時30分", StaffingSchedule.Describe(Jst(2026, 11, 30, 8, 30)));
    }

    [Fact]
    public void Holidays_of_a_whole_year_match_the_calendar()
    {
        var holidays = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).Where(JapaneseHolidays.IsHoliday)
            .Select(d => d.ToString("MM-dd")).ToList();
        Assert.Equal(["01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-20", "08-11",
            "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"], holidays);
    }
}
