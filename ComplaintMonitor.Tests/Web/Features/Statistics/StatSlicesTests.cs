using ComplaintMonitor.Web.Features.Statistics;

namespace ComplaintMonitor.Tests.Web.Features.Statistics;

public sealed class StatSlicesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-15", "2026-04-10", "2026-01-15", "2026-01-31", "2026-02-01", "2026-03-01", "2026-04-01", "2026-04-10")]
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01", "2025-12-31", "2026-01-01", "2026-12-01", "2027-01-01", "2026-12-31")]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-01", "2026-02-28", "2026-03-01", "2026-03-01", "2026-04-01", "2026-03-31")]
    public void WholeMonthsComeFromMonthRows_TheEndsFromDayRows(string from, string to, string hf, string ht, string mf, string mt, string tf, string tt)
    {
        var s = StatSlices.Of(D(from), D(to));

        Assert.Equal(new StatSlices(D(hf), D(ht), D(mf), D(mt), D(tf), D(tt)), s);
    }

    [Fact]
    public void WithinOneMonth_OnlyDays()
    {
        var s = StatSlices.Of(D("2026-11-03"), D("2026-11-20"));

        Assert.Equal((D("2026-11-03"), D("2026-11-20")), (s.HeadFrom, s.HeadTo));
        Assert.True(s.MonthsFrom > s.MonthsTo);
        Assert.True(s.TailFrom > s.TailTo);
    }

    [Fact]
    public void APeriodRunningToToday_ReadsTheCurrentMonthsMonthRows()
    {
        var s = StatSlices.Of(D("2025-11-28"), D("2026-11-28"), today: D("2026-11-28"));

        Assert.Equal((D("2025-11-28"), D("2025-11-30")), (s.HeadFrom, s.HeadTo));
        Assert.Equal((D("2025-12-01"), D("2026-11-01")), (s.MonthsFrom, s.MonthsTo));
        Assert.True(s.TailFrom > s.TailTo);
    }

    [Theory]
    // Mostly inside: the month row less the days outside, before and after.
    [InlineData("2026-11-10", "2026-11-29", "M 2026-11-01..2026-11-01 +|D 2026-11-01..2026-11-09 -|D 2026-11-30..2026-11-30 -")]
    [InlineData("2026-11-01", "2026-11-29", "M 2026-11-01..2026-11-01 +|D 2026-11-30..2026-11-30 -")]
    // Mostly outside (and as many inside as outside): the days.
    [InlineData("2026-11-08", "2026-11-22", "D 2026-11-08..2026-11-22 +")]
    [InlineData("2026-11-03", "2026-11-12", "D 2026-11-03..2026-11-12 +")]
    // No whole month inside, two months touched: each month decided by itself.
    [InlineData("2026-10-25", "2026-11-20", "D 2026-10-25..2026-10-31 +|M 2026-11-01..2026-11-01 +|D 2026-11-21..2026-11-30 -")]
    // Whole months between broken ends.
    [InlineData("2026-01-03", "2026-04-10", "M 2026-02-01..2026-03-01 +|M 2026-01-01..2026-01-01 +|D 2026-01-01..2026-01-02 -|D 2026-04-01..2026-04-10 +")]
    public void Ranges_ReadTheFewerDays(string from, string to, string expected)
    {
        var ranges = StatSlices.Of(D(from), D(to)).Ranges();

        Assert.Equal(expected, string.Join("|", ranges.Select(r => $"{(r.Months ? "M" : "D")} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd} {(r.Sign > 0 ? "+" : "-")}")));
    }
}
