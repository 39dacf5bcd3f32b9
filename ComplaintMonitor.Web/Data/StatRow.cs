using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// One rollup row: the <see cref="StatCounts"/> of a day (or month) × respondent unit × window × staff × channel ×
/// category (0 = none). Dashboards and reports sum these rows; they never scan complaints.
/// </summary>
public sealed class StatRow
{
    public StatPeriod Period { get; set; }
    public DateOnly Day { get; set; }
    public int UnitId { get; set; }
    public int WindowId { get; set; }
    public int StaffId { get; set; }
    public Channel Channel { get; set; }
    public ComplaintCategory Category { get; set; }
    public StatCounts Counts { get; set; } = StatCounts.Zero;
}
