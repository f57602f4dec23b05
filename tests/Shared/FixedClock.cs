namespace HelpBot.Tests.Shared;

/// <summary>A clock that says what the test sets, so date checks do not drift with the calendar.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward, for tests of waiting times and schedules.</summary>
    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
