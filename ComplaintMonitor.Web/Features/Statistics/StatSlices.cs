namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Splits a period (inclusive dates) into the rollup rows that cover it: day rows for the broken month at each end,
/// month rows for every whole month between. An empty part has From &gt; To and matches nothing.
/// </summary>
public readonly record struct StatSlices(DateOnly HeadFrom, DateOnly HeadTo, DateOnly MonthsFrom, DateOnly MonthsTo, DateOnly TailFrom, DateOnly TailTo)
{
    public object[] Parameters => [HeadFrom, HeadTo, MonthsFrom, MonthsTo, TailFrom, TailTo];

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
