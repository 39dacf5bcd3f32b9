using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>The key of a <see cref="StatRow"/> row.</summary>
public readonly record struct StatKey(StatPeriod Period, DateOnly Day, int UnitId, int WindowId, int StaffId, Channel Channel, ComplaintCategory Category)
{
    public static StatKey Of(StatPeriod period, DateOnly day, ComplaintFacts f) =>
        new(period, period == StatPeriod.Month ? new DateOnly(day.Year, day.Month, 1) : day, f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category);
}
