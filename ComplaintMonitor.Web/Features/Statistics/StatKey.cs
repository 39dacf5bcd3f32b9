using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>The key of a <see cref="StatRow"/> row.</summary>
public readonly record struct StatKey(StatPeriod Period, DateOnly Day, int UnitId, int WindowId, int StaffId, Channel Channel, ComplaintCategory Category)
{
    public static StatKey Of(StatPeriod period, DateOnly day, ComplaintFacts f) => period switch
    {
        StatPeriod.Month => new(period, new DateOnly(day.Year, day.Month, 1), f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category),
        StatPeriod.CentreDay => new(period, day, 0, 0, 0, f.Channel, f.Category),
        StatPeriod.CentreMonth => new(period, new DateOnly(day.Year, day.Month, 1), 0, 0, 0, f.Channel, f.Category),
        _ => new(period, day, f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category),
    };
}
