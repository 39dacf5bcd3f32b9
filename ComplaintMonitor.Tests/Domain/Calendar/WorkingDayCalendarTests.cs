using System.Globalization;
using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Tests.Domain.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = OfficialCalendar.Load();

    // Rows around every 2024–2026 holiday block: the day before, inside, across a make-up day, after.
    // Columns: receipt date, N, expected N-th working day after receipt, expected provisional flag.
    [Theory]
    // 2024 元旦: 01-01 (Mon) off. 2023 has no data.
    [InlineData("2023-12-29", 1, "2024-01-02", true)]
    [InlineData("2023-12-31", 1, "2024-01-02", false)]
    [InlineData("2024-01-01", 1, "2024-01-02", false)]
    [InlineData("2024-01-02", 1, "2024-01-03", false)]
    // 2024 春节: 02-04 (Sun) work, 02-10…02-17 off, 02-18 (Sun) work.
    [InlineData("2024-02-02", 1, "2024-02-04", false)]
    [InlineData("2024-02-08", 1, "2024-02-09", false)]
    [InlineData("2024-02-08", 2, "2024-02-18", false)]
    [InlineData("2024-02-08", 3, "2024-02-19", false)]
    [InlineData("2024-02-09", 1, "2024-02-18", false)]
    [InlineData("2024-02-14", 1, "2024-02-18", false)]
    [InlineData("2024-02-14", 2, "2024-02-19", false)]
    [InlineData("2024-02-18", 1, "2024-02-19", false)]
    // 2024 清明: 04-04…04-06 off, 04-07 (Sun) work.
    [InlineData("2024-04-03", 1, "2024-04-07", false)]
    [InlineData("2024-04-03", 2, "2024-04-08", false)]
    [InlineData("2024-04-05", 1, "2024-04-07", false)]
    [InlineData("2024-04-07", 1, "2024-04-08", false)]
    // 2024 劳动节: 04-28 (Sun) work, 05-01…05-05 off, 05-11 (Sat) work.
    [InlineData("2024-04-26", 1, "2024-04-28", false)]
    [InlineData("2024-04-26", 5, "2024-05-07", false)]
    [InlineData("2024-04-30", 1, "2024-05-06", false)]
    [InlineData("2024-05-03", 1, "2024-05-06", false)]
    [InlineData("2024-05-10", 1, "2024-05-11", false)]
    [InlineData("2024-05-10", 2, "2024-05-13", false)]
    // 2024 端午节: 06-10 (Mon) off.
    [InlineData("2024-06-06", 2, "2024-06-11", false)]
    [InlineData("2024-06-07", 1, "2024-06-11", false)]
    [InlineData("2024-06-10", 1, "2024-06-11", false)]
    // 2024 中秋节: 09-14 (Sat) work, 09-15…09-17 off.
    [InlineData("2024-09-13", 1, "2024-09-14", false)]
    [InlineData("2024-09-13", 2, "2024-09-18", false)]
    [InlineData("2024-09-16", 1, "2024-09-18", false)]
    [InlineData("2024-09-18", 1, "2024-09-19", false)]
    // 2024 国庆节: 09-29 (Sun) work, 10-01…10-07 off, 10-12 (Sat) work.
    [InlineData("2024-09-27", 1, "2024-09-29", false)]
    [InlineData("2024-09-27", 3, "2024-10-08", false)]
    [InlineData("2024-09-30", 1, "2024-10-08", false)]
    [InlineData("2024-09-30", 5, "2024-10-12", false)]
    [InlineData("2024-10-03", 1, "2024-10-08", false)]
    [InlineData("2024-10-11", 2, "2024-10-14", false)]
    // 2025 元旦: 01-01 (Wed) off.
    [InlineData("2024-12-27", 3, "2025-01-02", false)]
    [InlineData("2024-12-31", 1, "2025-01-02", false)]
    [InlineData("2025-01-01", 1, "2025-01-02", false)]
    // 2025 春节: 01-26 (Sun) work, 01-28…02-04 off, 02-08 (Sat) work.
    [InlineData("2025-01-24", 1, "2025-01-26", false)]
    [InlineData("2025-01-24", 3, "2025-02-05", false)]
    [InlineData("2025-01-27", 1, "2025-02-05", false)]
    [InlineData("2025-02-01", 1, "2025-02-05", false)]
    [InlineData("2025-02-05", 3, "2025-02-08", false)]
    [InlineData("2025-02-07", 2, "2025-02-10", false)]
    // 2025 清明节: 04-04…04-06 off.
    [InlineData("2025-04-02", 2, "2025-04-07", false)]
    [InlineData("2025-04-03", 1, "2025-04-07", false)]
    [InlineData("2025-04-04", 1, "2025-04-07", false)]
    // 2025 劳动节: 04-27 (Sun) work, 05-01…05-05 off.
    [InlineData("2025-04-25", 1, "2025-04-27", false)]
    [InlineData("2025-04-25", 5, "2025-05-06", false)]
    [InlineData("2025-04-30", 1, "2025-05-06", false)]
    [InlineData("2025-05-02", 1, "2025-05-06", false)]
    // 2025 端午节: 05-31…06-02 off.
    [InlineData("2025-05-29", 2, "2025-06-03", false)]
    [InlineData("2025-05-30", 1, "2025-06-03", false)]
    [InlineData("2025-06-01", 1, "2025-06-03", false)]
    // 2025 国庆节、中秋节: 09-28 (Sun) work, 10-01…10-08 off, 10-11 (Sat) work.
    [InlineData("2025-09-26", 1, "2025-09-28", false)]
    [InlineData("2025-09-26", 4, "2025-10-09", false)]
    [InlineData("2025-09-30", 1, "2025-10-09", false)]
    [InlineData("2025-10-05", 1, "2025-10-09", false)]
    [InlineData("2025-10-08", 3, "2025-10-11", false)]
    [InlineData("2025-10-10", 2, "2025-10-13", false)]
    // 2026 元旦: 01-01…01-03 off, 01-04 (Sun) work.
    [InlineData("2025-12-30", 2, "2026-01-04", false)]
    [InlineData("2025-12-31", 1, "2026-01-04", false)]
    [InlineData("2025-12-31", 2, "2026-01-05", false)]
    [InlineData("2026-01-02", 1, "2026-01-04", false)]
    [InlineData("2026-01-04", 1, "2026-01-05", false)]
    // 2026 春节: 02-14 (Sat) work, 02-15…02-23 off, 02-28 (Sat) work.
    [InlineData("2026-02-12", 3, "2026-02-24", false)]
    [InlineData("2026-02-13", 1, "2026-02-14", false)]
    [InlineData("2026-02-18", 1, "2026-02-24", false)]
    [InlineData("2026-02-24", 4, "2026-02-28", false)]
    [InlineData("2026-02-27", 2, "2026-03-02", false)]
    // 2026 清明节: 04-04…04-06 off.
    [InlineData("2026-04-02", 2, "2026-04-07", false)]
    [InlineData("2026-04-03", 1, "2026-04-07", false)]
    [InlineData("2026-04-05", 1, "2026-04-07", false)]
    // 2026 劳动节: 05-01…05-05 off, 05-09 (Sat) work.
    [InlineData("2026-04-30", 1, "2026-05-06", false)]
    [InlineData("2026-04-30", 4, "2026-05-09", false)]
    [InlineData("2026-05-03", 1, "2026-05-06", false)]
    [InlineData("2026-05-08", 2, "2026-05-11", false)]
    // 2026 端午节: 06-19…06-21 off.
    [InlineData("2026-06-17", 2, "2026-06-22", false)]
    [InlineData("2026-06-18", 1, "2026-06-22", false)]
    [InlineData("2026-06-20", 1, "2026-06-22", false)]
    // 2026 中秋节: 09-20 (Sun) work (listed under 国庆节), 09-25…09-27 off.
    [InlineData("2026-09-18", 1, "2026-09-20", false)]
    [InlineData("2026-09-18", 2, "2026-09-21", false)]
    [InlineData("2026-09-24", 1, "2026-09-28", false)]
    [InlineData("2026-09-26", 1, "2026-09-28", false)]
    // 2026 国庆节: 10-01…10-07 off, 10-10 (Sat) work.
    [InlineData("2026-09-29", 2, "2026-10-08", false)]
    [InlineData("2026-09-30", 1, "2026-10-08", false)]
    [InlineData("2026-10-04", 1, "2026-10-08", false)]
    [InlineData("2026-10-09", 1, "2026-10-10", false)]
    [InlineData("2026-10-09", 2, "2026-10-12", false)]
    public void AddWorkingDays_around_every_holiday_block(string start, int n, string expected, bool provisional)
    {
        var result = Official.AddWorkingDays(D(start), n);

        Assert.Equal(new WorkingDayResult(D(expected), provisional), result);
    }

    [Theory]
    // Issue examples.
    [InlineData("2026-09-30", 5, "2026-10-13")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    // a Friday + 1 WD is the next Monday in an ordinary week.
    [InlineData("2024-03-08", 1, "2024-03-11")]
    [InlineData("2025-03-14", 1, "2025-03-17")]
    [InlineData("2026-03-06", 1, "2026-03-09")]
    // Receipt on a weekend or holiday counts from the next working day.
    [InlineData("2026-03-07", 1, "2026-03-09")]
    [InlineData("2026-03-08", 1, "2026-03-09")]
    // 15 WD (a common handling limit) across the 2025 National Day block.
    [InlineData("2025-09-19", 15, "2025-10-16")]
    public void AddWorkingDays_issue_and_R14_examples(string start, int n, string expected)
    {
        var result = Official.AddWorkingDays(D(start), n);

        Assert.Equal(D(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void R14_2026_02_13_plus_2_counts_the_Saturday_make_up_day_as_WD1()
    {
        Assert.True(Official.IsWorkingDay(D("2026-02-14")));
        Assert.Equal(D("2026-02-14"), Official.AddWorkingDays(D("2026-02-13"), 1).Date);
        for (var d = D("2026-02-15"); d <= D("2026-02-23"); d = d.AddDays(1))
        {
            Assert.False(Official.IsWorkingDay(d), d.ToString("O", CultureInfo.InvariantCulture));
        }

        Assert.Equal(D("2026-02-24"), Official.AddWorkingDays(D("2026-02-13"), 2).Date);
    }

    [Fact]
    public void R14_December_dates_listed_in_next_years_notice_belong_to_their_own_date()
    {
        // The 2019 notice lists 2018-12-29 (Sat) as a make-up working day and 2018-12-30…2019-01-01 as 元旦.
        var calendar = new WorkingDayCalendar(
        [
            new HolidayEntry(D("2018-12-29"), DayKind.Work, "元旦"),
            new HolidayEntry(D("2018-12-30"), DayKind.Off, "元旦"),
            new HolidayEntry(D("2018-12-31"), DayKind.Off, "元旦"),
            new HolidayEntry(D("2019-01-01"), DayKind.Off, "元旦"),
        ]);

        Assert.Equal([2018, 2019], calendar.CoveredYears);
        Assert.True(calendar.IsWorkingDay(D("2018-12-29")));
        Assert.False(calendar.IsWorkingDay(D("2018-12-31")));
        Assert.Equal(new WorkingDayResult(D("2018-12-29"), false), calendar.AddWorkingDays(D("2018-12-28"), 1));
        Assert.Equal(new WorkingDayResult(D("2019-01-02"), false), calendar.AddWorkingDays(D("2018-12-28"), 2));
        Assert.Equal(3, calendar.EntriesFor(2018).Count);
        Assert.Single(calendar.EntriesFor(2019));
    }

    [Theory]
    [InlineData("2026-12-30", 1, "2026-12-31", false)]
    [InlineData("2026-12-25", 4, "2026-12-31", false)]
    [InlineData("2026-12-31", 1, "2027-01-01", true)]
    [InlineData("2026-12-30", 5, "2027-01-06", true)]
    [InlineData("2027-03-05", 1, "2027-03-08", true)]
    public void R15_deadlines_reaching_an_uncovered_year_are_provisional_and_use_Monday_to_Friday(
        string start, int n, string expected, bool provisional)
    {
        Assert.False(Official.HasDataFor(2027));

        var result = Official.AddWorkingDays(D(start), n);

        Assert.Equal(new WorkingDayResult(D(expected), provisional), result);
    }

    [Fact]
    public void Whole_of_2026_is_not_provisional()
    {
        for (var d = D("2025-12-31"); d < D("2026-12-31"); d = d.AddDays(1))
        {
            Assert.False(Official.AddWorkingDays(d, 1).Provisional, d.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Empty_calendar_is_Monday_to_Friday_and_always_provisional()
    {
        var empty = WorkingDayCalendar.Empty;

        Assert.Empty(empty.CoveredYears);
        Assert.Empty(empty.Entries);
        Assert.False(empty.HasDataFor(2026));
        Assert.True(empty.IsWorkingDay(D("2026-10-01")));
        Assert.False(empty.IsWorkingDay(D("2026-02-14")));
        Assert.Equal(new WorkingDayResult(D("2026-10-02"), true), empty.AddWorkingDays(D("2026-09-30"), 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AddWorkingDays_rejects_n_below_1(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2026-01-05"), n));
    }

    [Theory]
    [InlineData("2026-02-14", true)] // Saturday make-up day
    [InlineData("2025-09-28", true)] // Sunday make-up day
    [InlineData("2026-02-16", false)] // Monday holiday
    [InlineData("2025-10-08", false)] // Wednesday holiday
    [InlineData("2026-03-07", false)] // ordinary Saturday
    [InlineData("2026-03-09", true)] // ordinary Monday
    [InlineData("2027-01-01", true)] // uncovered year: Monday–Friday
    public void IsWorkingDay(string date, bool expected)
    {
        Assert.Equal(expected, Official.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-24", 2)]
    [InlineData("2026-09-30", "2026-10-13", 5)]
    [InlineData("2025-01-27", "2025-02-05", 1)]
    [InlineData("2025-01-27", "2025-02-04", 0)]
    [InlineData("2026-03-06", "2026-03-06", 0)]
    [InlineData("2026-03-09", "2026-03-06", 0)]
    [InlineData("2023-12-31", "2024-12-31", 251)]
    [InlineData("2024-12-31", "2025-12-31", 248)]
    [InlineData("2025-12-31", "2026-12-31", 248)]
    [InlineData("2026-12-31", "2027-12-31", 261)] // uncovered: Monday–Friday
    public void WorkingDaysBetween(string fromExclusive, string toInclusive, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysBetween(D(fromExclusive), D(toInclusive)));
    }

    [Fact]
    public void WorkingDaysBetween_is_the_inverse_of_AddWorkingDays()
    {
        for (var d = D("2024-01-01"); d <= D("2026-12-31"); d = d.AddDays(7))
        {
            foreach (var n in new[] { 1, 3, 10, 30 })
            {
                Assert.Equal(n, Official.WorkingDaysBetween(d, Official.AddWorkingDays(d, n).Date));
            }
        }
    }

    [Theory]
    [InlineData("2024-01-02", "2023-12-29")]
    [InlineData("2026-02-24", "2026-02-14")]
    [InlineData("2026-02-14", "2026-02-13")]
    [InlineData("2025-02-05", "2025-01-27")]
    [InlineData("2025-01-27", "2025-01-26")]
    [InlineData("2025-09-29", "2025-09-28")]
    [InlineData("2026-03-09", "2026-03-06")]
    public void PreviousWorkingDay(string date, string expected)
    {
        Assert.Equal(D(expected), Official.PreviousWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-14")]
    [InlineData("2026-02-14", "2026-02-24")]
    [InlineData("2025-09-26", "2025-09-28")]
    [InlineData("2025-01-27", "2025-02-05")]
    [InlineData("2026-09-30", "2026-10-08")]
    [InlineData("2026-03-06", "2026-03-09")]
    [InlineData("2026-12-31", "2027-01-01")]
    public void NextWorkingDay(string date, string expected)
    {
        Assert.Equal(D(expected), Official.NextWorkingDay(D(date)));
    }

    [Fact]
    public void Official_calendar_covers_2024_to_2026()
    {
        Assert.Equal([2024, 2025, 2026], Official.CoveredYears);
        Assert.True(Official.HasDataFor(2025));
        Assert.False(Official.HasDataFor(2023));
        Assert.False(Official.HasDataFor(2027));
        Assert.Equal(Official.Entries.OrderBy(e => e.Date), Official.Entries);
        Assert.Equal(36, Official.EntriesFor(2024).Count);
        Assert.Equal(33, Official.EntriesFor(2025).Count);
        Assert.Equal(39, Official.EntriesFor(2026).Count);
        Assert.Empty(Official.EntriesFor(2027));
    }

    [Fact]
    public void Constructor_sorts_entries_and_rejects_duplicates_and_weekday_make_up_days()
    {
        var calendar = new WorkingDayCalendar(
        [
            new HolidayEntry(D("2026-10-02"), DayKind.Off, "国庆节"),
            new HolidayEntry(D("2026-10-01"), DayKind.Off, "国庆节"),
        ]);
        Assert.Equal([D("2026-10-01"), D("2026-10-02")], calendar.Entries.Select(e => e.Date));

        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
        [
            new HolidayEntry(D("2026-10-01"), DayKind.Off, "国庆节"),
            new HolidayEntry(D("2026-10-01"), DayKind.Off, "国庆节"),
        ]));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new HolidayEntry(D("2026-10-05"), DayKind.Work, "国庆节")]));
    }

    [Fact]
    public void WithYearReplaced_imports_a_new_year_and_changes_only_that_years_dates()
    {
        // A made-up 2027 file (not the real notice): 元旦 on Fri 01-01…Sun 01-03, and a Sunday make-up day.
        var fake2027 = HolidayFile.Parse("""
            # fake 2027 notice for tests
            2027-01-01 off 元旦
            2027-01-02 off 元旦
            2027-01-03 off 元旦
            2027-02-07 work 春节
            2027-02-08 off 春节
            2027-02-09 off 春节
            """);

        var updated = Official.WithYearReplaced(2027, fake2027);

        Assert.Equal([2024, 2025, 2026, 2027], updated.CoveredYears);
        Assert.Equal(fake2027, updated.EntriesFor(2027));
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            Assert.Equal(Official.EntriesFor(year), updated.EntriesFor(year));
        }

        Assert.Equal(new WorkingDayResult(D("2027-01-07"), false), updated.AddWorkingDays(D("2026-12-30"), 5));
        Assert.Equal(new WorkingDayResult(D("2027-02-07"), false), updated.AddWorkingDays(D("2027-02-05"), 1));
        Assert.Equal(new WorkingDayResult(D("2027-02-10"), false), updated.AddWorkingDays(D("2027-02-05"), 2));

        // The original is immutable.
        Assert.False(Official.HasDataFor(2027));
        Assert.Equal(new WorkingDayResult(D("2027-01-06"), true), Official.AddWorkingDays(D("2026-12-30"), 5));
    }

    [Fact]
    public void WithYearReplaced_drops_the_old_entries_of_that_year_and_merges_dates_of_other_years()
    {
        // A corrected 2026 notice that also lists a December 2025 date (replacing nothing) and 2025-10-01 (replacing it).
        var corrected = new[]
        {
            new HolidayEntry(D("2025-12-31"), DayKind.Off, "元旦"),
            new HolidayEntry(D("2025-10-01"), DayKind.Off, "国庆节"),
            new HolidayEntry(D("2026-01-01"), DayKind.Off, "元旦"),
        };

        var updated = Official.WithYearReplaced(2026, corrected);

        Assert.Equal([new HolidayEntry(D("2026-01-01"), DayKind.Off, "元旦")], updated.EntriesFor(2026));
        Assert.Equal(Official.EntriesFor(2025).Count + 1, updated.EntriesFor(2025).Count);
        Assert.Equal("国庆节", updated.Entries.Single(e => e.Date == D("2025-10-01")).Name);
        Assert.False(updated.IsWorkingDay(D("2025-12-31")));
        Assert.True(updated.IsWorkingDay(D("2026-01-02")));
        Assert.False(updated.IsWorkingDay(D("2026-02-14")));
        Assert.Equal(Official.EntriesFor(2024), updated.EntriesFor(2024));

        var cleared = Official.WithYearReplaced(2026, []);
        Assert.Equal([2024, 2025], cleared.CoveredYears);
        Assert.True(cleared.AddWorkingDays(D("2025-12-31"), 1).Provisional);
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
