namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>A range of rollup rows (month rows, or day rows) whose sums are added (<paramref name="Sign"/> 1) or taken away (-1).</summary>
public readonly record struct StatRange(bool Months, DateOnly From, DateOnly To, int Sign);

/// <summary>
/// Splits a period (inclusive dates) into the rollup rows that cover it: day rows for the broken month at each end,
/// month rows for every whole month between. An empty part has From &gt; To and matches nothing.
/// </summary>
public readonly record struct StatSlices(DateOnly HeadFrom, DateOnly HeadTo, DateOnly MonthsFrom, DateOnly MonthsTo, DateOnly TailFrom, DateOnly TailTo)
{
    /// <summary>
    /// The ranges to read: the whole months' month rows; then, month by month, the days of the slices at the ends — or,
    /// when fewer of the month's days lie outside them than inside, the month's row less the days outside (a month row is
    /// the sum of its day rows). A slice of days is read in at most half a month's day rows.
    /// </summary>
    public IReadOnlyList<StatRange> Ranges()
    {
        var ranges = new List<StatRange>();
        if (MonthsFrom <= MonthsTo)
        {
            ranges.Add(new StatRange(true, MonthsFrom, MonthsTo, 1));
        }
        foreach (var (from, to) in new[] { (HeadFrom, HeadTo), (TailFrom, TailTo) })
        {
            // A slice of days may span two months (a period with no whole month inside).
            for (var first = from; first <= to && to != DateOnly.MaxValue;)
            {
                var month = new DateOnly(first.Year, first.Month, 1);
                var monthEnd = month.AddMonths(1).AddDays(-1);
                var last = to < monthEnd ? to : monthEnd;
                var inside = last.DayNumber - first.DayNumber + 1;
                var outside = (first.DayNumber - month.DayNumber) + (monthEnd.DayNumber - last.DayNumber);
                if (outside < inside)
                {
                    ranges.Add(new StatRange(true, month, month, 1));
                    if (first > month)
                    {
                        ranges.Add(new StatRange(false, month, first.AddDays(-1), -1));
                    }
                    if (last < monthEnd)
                    {
                        ranges.Add(new StatRange(false, last.AddDays(1), monthEnd, -1));
                    }
                }
                else
                {
                    ranges.Add(new StatRange(false, first, last, 1));
                }
                first = monthEnd.AddDays(1);
            }
        }
        return ranges;
    }

    /// <param name="from">First day of the period.</param>
    /// <param name="to">Last day of the period.</param>
    /// <param name="today">
    /// Nothing is counted after today, so a period that runs to today or later may read the current month's month rows
    /// (kept up to date by every rollup) instead of its day rows.
    /// </param>
    public static StatSlices Of(DateOnly from, DateOnly to, DateOnly? today = null)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var afterLastWhole = new DateOnly(to.Year, to.Month, 1);
        if (to == afterLastWhole.AddMonths(1).AddDays(-1) || (today is { } t && to >= t && afterLastWhole <= t))
        {
            afterLastWhole = afterLastWhole.AddMonths(1);
        }
        if (firstWhole >= afterLastWhole)
        {
            // No whole month inside: days only.
            return new StatSlices(from, to, DateOnly.MaxValue, DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MinValue);
        }
        return new StatSlices(from, firstWhole.AddDays(-1), firstWhole, afterLastWhole.AddMonths(-1), afterLastWhole, to);
    }
}
