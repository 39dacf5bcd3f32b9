namespace ComplaintMonitor.Web.Data;

/// <summary>
/// The grain of a rollup row: a day, or a whole month (Day = its first day). Month rows repeat the day rows' sums so
/// a year is read from twelve rows per slice instead of 365.
/// </summary>
public enum StatPeriod
{
    Day = 1,
    Month = 2,
}
