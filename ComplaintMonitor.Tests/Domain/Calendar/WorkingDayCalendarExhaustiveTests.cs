using System.Globalization;
using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Tests.Domain.Calendar;

/// <summary>
/// Checks the embedded calendar and the arithmetic against a hand-written table of the State Council notices,
/// written as holiday RANGES plus a list of make-up days — a different representation from the data file, so a
/// wrong or missing line in the file is caught.
/// </summary>
public sealed class WorkingDayCalendarExhaustiveTests
{
    private static readonly (string From, string To, string Name)[] HolidayBlocks =
    [
        ("2024-01-01", "2024-01-01", "元旦"),
        ("2024-02-10", "2024-02-17", "春节"),
        ("2024-04-04", "2024-04-06", "清明节"),
        ("2024-05-01", "2024-05-05", "劳动节"),
        ("2024-06-10", "2024-06-10", "端午节"),
        ("2024-09-15", "2024-09-17", "中秋节"),
        ("2024-10-01", "2024-10-07", "国庆节"),
        ("2025-01-01", "2025-01-01", "元旦"),
        ("2025-01-28", "2025-02-04", "春节"),
        ("2025-04-04", "2025-04-06", "清明节"),
        ("2025-05-01", "2025-05-05", "劳动节"),
        ("2025-05-31", "2025-06-02", "端午节"),
        ("2025-10-01", "2025-10-08", "国庆节、中秋节"),
        ("2026-01-01", "2026-01-03", "元旦"),
        ("2026-02-15", "2026-02-23", "春节"),
        ("2026-04-04", "2026-04-06", "清明节"),
        ("2026-05-01", "2026-05-05", "劳动节"),
        ("2026-06-19", "2026-06-21", "端午节"),
        ("2026-09-25", "2026-09-27", "中秋节"),
        ("2026-10-01", "2026-10-07", "国庆节"),
    ];

    private static readonly (string Date, string Name)[] MakeUpDays =
    [
        ("2024-02-04", "春节"), ("2024-02-18", "春节"), ("2024-04-07", "清明节"), ("2024-04-28", "劳动节"),
        ("2024-05-11", "劳动节"), ("2024-09-14", "中秋节"), ("2024-09-29", "国庆节"), ("2024-10-12", "国庆节"),
        ("2025-01-26", "春节"), ("2025-02-08", "春节"), ("2025-04-27", "劳动节"), ("2025-09-28", "国庆节、中秋节"),
        ("2025-10-11", "国庆节、中秋节"),
        ("2026-01-04", "元旦"), ("2026-02-14", "春节"), ("2026-02-28", "春节"), ("2026-05-09", "劳动节"),
        ("2026-09-20", "国庆节"), ("2026-10-10", "国庆节"),
    ];

    private static readonly (DateOnly From, DateOnly To)[] BlockRanges = [.. HolidayBlocks.Select(b => (D(b.From), D(b.To)))];
    private static readonly DateOnly[] MakeUpDates = [.. MakeUpDays.Select(m => D(m.Date))];
    private static readonly DateOnly First = D("2024-01-01");
    private static readonly DateOnly Last = D("2026-12-31");

    private readonly WorkingDayCalendar _calendar = OfficialCalendar.Load();

    [Fact]
    public void IsWorkingDay_matches_the_table_for_every_date_2024_to_2026()
    {
        var failures = new List<string>();
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            if (_calendar.IsWorkingDay(d) != ReferenceIsWorkingDay(d))
            {
                failures.Add($"{Iso(d)}: expected working day = {ReferenceIsWorkingDay(d)}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void AddWorkingDays_matches_the_table_for_every_date_2024_to_2026()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 5, 15 })
            {
                var expected = ReferenceAdd(d, n);
                var actual = _calendar.AddWorkingDays(d, n);
                if (actual != expected)
                {
                    failures.Add($"{Iso(d)} + {n}: expected {Iso(expected.Date)} (provisional {expected.Provisional}), got {Iso(actual.Date)} (provisional {actual.Provisional})");
                }

                checkedCount++;
            }
        }

        Assert.Empty(failures);
        Assert.Equal(1096 * 4, checkedCount);
    }

    [Fact]
    public void Embedded_entries_are_exactly_the_table()
    {
        var expected = HolidayBlocks
            .SelectMany(b => Days(D(b.From), D(b.To)).Select(d => new HolidayEntry(d, DayKind.Off, b.Name)))
            .Concat(MakeUpDays.Select(m => new HolidayEntry(D(m.Date), DayKind.Work, m.Name)))
            .OrderBy(e => e.Date)
            .ToList();

        Assert.Equal(expected, _calendar.Entries);
    }

    [Fact]
    public void Table_make_up_days_are_weekends_and_outside_the_blocks()
    {
        foreach (var (date, _) in MakeUpDays)
        {
            var d = D(date);
            Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, date);
            Assert.False(InBlock(d), date);
        }
    }

    internal static WorkingDayResult ReferenceAdd(DateOnly start, int n)
    {
        var d = start;
        var provisional = false;
        for (var counted = 0; counted < n;)
        {
            d = d.AddDays(1);
            if (d > Last)
            {
                provisional = true;
            }

            if (ReferenceIsWorkingDay(d))
            {
                counted++;
            }
        }

        return new WorkingDayResult(d, provisional);
    }

    private static bool ReferenceIsWorkingDay(DateOnly d)
    {
        if (MakeUpDates.Contains(d))
        {
            return true;
        }

        return !InBlock(d) && d.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday;
    }

    private static bool InBlock(DateOnly d) => BlockRanges.Any(b => b.From <= d && d <= b.To);

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
