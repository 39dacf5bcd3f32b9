namespace ComplaintMonitor.Web.Data;

/// <summary>
/// The grain of a rollup row: a day, or a whole month (Day = its first day). Month rows repeat the day rows' sums so
/// a year is read from twelve rows per slice instead of 365. The centre grains repeat them once more without the
/// unit, window and staff dimensions (0), so a centre-wide KPI reads a few rows per channel and category instead of
/// one per staff member.
/// </summary>
public enum StatPeriod
{
    Day = 1,
    Month = 2,
    CentreDay = 3,
    CentreMonth = 4,
}
