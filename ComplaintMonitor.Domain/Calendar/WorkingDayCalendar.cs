using System.Globalization;

namespace ComplaintMonitor.Domain.Calendar;

/// <summary>
/// Working days (工作日) for deadline arithmetic (domain rules §5.3, R-14, R-15): Monday–Friday, except dates with an
/// explicit <see cref="DayKind.Off"/> entry (holidays), plus dates with an explicit <see cref="DayKind.Work"/> entry
/// (调休 make-up days on a weekend). Entries are keyed by date, not by the year of the notice that lists them.
/// A year is covered when at least one entry falls in it; uncovered years use the plain Monday–Friday rule and make
/// results <see cref="WorkingDayResult.Provisional"/>. Immutable.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, HolidayEntry> _byDate;
    private readonly HashSet<int> _coveredYears;

    /// <exception cref="ArgumentException">Two entries share a date, or a <see cref="DayKind.Work"/> entry is not on a weekend.</exception>
    public WorkingDayCalendar(IEnumerable<HolidayEntry> entries)
        : this(Index(entries))
    {
    }

    private WorkingDayCalendar(Dictionary<DateOnly, HolidayEntry> byDate)
    {
        _byDate = byDate;
        Entries = byDate.Values.OrderBy(e => e.Date).ToList().AsReadOnly();
        _coveredYears = [.. byDate.Keys.Select(d => d.Year)];
        CoveredYears = _coveredYears.Order().ToList().AsReadOnly();
    }

    /// <summary>A calendar without any data: every year is uncovered, every result provisional.</summary>
    public static WorkingDayCalendar Empty { get; } = new(Array.Empty<HolidayEntry>());

    /// <summary>Years with at least one entry, ascending.</summary>
    public IReadOnlyCollection<int> CoveredYears { get; }

    /// <summary>All entries, sorted by date.</summary>
    public IReadOnlyList<HolidayEntry> Entries { get; }

    public bool HasDataFor(int year) => _coveredYears.Contains(year);

    /// <summary>The entries dated in <paramref name="year"/>, sorted by date.</summary>
    public IReadOnlyList<HolidayEntry> EntriesFor(int year) => Entries.Where(e => e.Date.Year == year).ToList().AsReadOnly();

    public bool IsWorkingDay(DateOnly date)
    {
        if (_byDate.TryGetValue(date, out var entry))
        {
            return entry.Kind == DayKind.Work;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day strictly after <paramref name="start"/> (the day of receipt does not count;
    /// receipt on a non-working day gives the same result as receipt on the preceding working day).
    /// Provisional when any date after <paramref name="start"/> up to the result lies in an uncovered year.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public WorkingDayResult AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);

        var date = start;
        var provisional = false;
        var remaining = n;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            provisional |= !HasDataFor(date.Year);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return new WorkingDayResult(date, provisional);
    }

    /// <summary>The number of working days d with <paramref name="fromExclusive"/> &lt; d ≤ <paramref name="toInclusive"/>; 0 when the range is empty.</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(-1);
        }
        while (!IsWorkingDay(date));

        return date;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date));

        return date;
    }

    /// <summary>
    /// A new calendar in which every entry dated in <paramref name="year"/> is dropped and the given entries are merged in
    /// (an argument entry in another year replaces the entry with the same date). Used to import a year's notice.
    /// </summary>
    /// <exception cref="ArgumentException">The given entries share a date, or a <see cref="DayKind.Work"/> entry is not on a weekend.</exception>
    public WorkingDayCalendar WithYearReplaced(int year, IEnumerable<HolidayEntry> entries)
    {
        var replacement = Index(entries);
        var merged = new Dictionary<DateOnly, HolidayEntry>(_byDate.Count + replacement.Count);
        foreach (var (date, entry) in _byDate)
        {
            if (date.Year != year)
            {
                merged[date] = entry;
            }
        }

        foreach (var (date, entry) in replacement)
        {
            merged[date] = entry;
        }

        return new WorkingDayCalendar(merged);
    }

    private static Dictionary<DateOnly, HolidayEntry> Index(IEnumerable<HolidayEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var byDate = new Dictionary<DateOnly, HolidayEntry>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            var date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!Enum.IsDefined(entry.Kind))
            {
                throw new ArgumentException($"Unknown day kind {entry.Kind} on {date}.", nameof(entries));
            }

            if (entry.Kind == DayKind.Work && entry.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new ArgumentException($"Make-up working day {date} is not a Saturday or Sunday.", nameof(entries));
            }

            if (!byDate.TryAdd(entry.Date, entry))
            {
                throw new ArgumentException($"Duplicate calendar entry for {date}.", nameof(entries));
            }
        }

        return byDate;
    }
}
