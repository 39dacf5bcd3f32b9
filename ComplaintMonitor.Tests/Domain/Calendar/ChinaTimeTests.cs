using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintMonitor.Tests.Domain.Calendar;

public sealed class ChinaTimeTests
{
    private static readonly TimeSpan Plus8 = TimeSpan.FromHours(8);

    [Fact]
    public void Zone_is_UTC_plus_8_without_daylight_saving()
    {
        Assert.Equal(Plus8, ChinaTime.Zone.BaseUtcOffset);
        Assert.Equal(Plus8, ChinaTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(Plus8, ChinaTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-27T16:30:00Z", "2026-11-28")]
    [InlineData("2026-11-27T16:00:00Z", "2026-11-28")]
    [InlineData("2026-11-27T15:59:59Z", "2026-11-27")]
    [InlineData("2026-11-28T00:30:00+08:00", "2026-11-28")]
    [InlineData("2026-11-27T23:30:00-05:00", "2026-11-28")]
    public void DateOf_uses_the_date_in_China(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ChinaTime.DateOf(Instant(instant)));
    }

    [Fact]
    public void Today_reads_the_time_provider()
    {
        var time = new FakeTimeProvider(Instant("2026-11-27T16:30:00Z"));

        Assert.Equal(new DateOnly(2026, 11, 28), ChinaTime.Today(time));
    }

    [Fact]
    public void StartOfDay_is_midnight_plus_8()
    {
        var start = ChinaTime.StartOfDay(new DateOnly(2026, 11, 28));

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, Plus8), start);
        Assert.Equal(Plus8, start.Offset);
        Assert.Equal(new DateTime(2026, 11, 27, 16, 0, 0, DateTimeKind.Utc), start.UtcDateTime);
    }

    [Fact]
    public void EndOfDay_is_the_last_tick_of_the_day()
    {
        var date = new DateOnly(2026, 2, 24);

        var end = ChinaTime.EndOfDay(date);

        Assert.Equal(ChinaTime.StartOfDay(date.AddDays(1)).AddTicks(-1), end);
        Assert.Equal(Plus8, end.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 24, 23, 59, 59, Plus8).AddTicks(TimeSpan.TicksPerSecond - 1), end);
        Assert.Equal(date, ChinaTime.DateOf(end));
        Assert.Equal(date.AddDays(1), ChinaTime.DateOf(end.AddTicks(1)));
    }

    [Fact]
    public void EndOfDay_of_the_last_representable_date_does_not_overflow()
    {
        Assert.Equal(DateOnly.MaxValue, ChinaTime.DateOf(ChinaTime.EndOfDay(DateOnly.MaxValue)));
    }

    [Fact]
    public void ToLocal_keeps_the_instant_and_uses_plus_8()
    {
        var instant = Instant("2026-11-27T16:30:00Z");

        var local = ChinaTime.ToLocal(instant);

        Assert.Equal(instant, local);
        Assert.Equal(Plus8, local.Offset);
        Assert.Equal(new DateTime(2026, 11, 28, 0, 30, 0, DateTimeKind.Unspecified), local.DateTime);
    }

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
