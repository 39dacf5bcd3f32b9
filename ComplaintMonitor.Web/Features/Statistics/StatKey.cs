using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>The key of a <see cref="Data.DailyStat"/> row.</summary>
public readonly record struct StatKey(DateOnly Day, int UnitId, int WindowId, int StaffId, Channel Channel, ComplaintCategory Category)
{
    public static StatKey Registered(ComplaintFacts f) => new(f.RegisteredOn, f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category);

    public static StatKey Closed(ComplaintFacts f) => new(f.ClosedOn!.Value, f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category);
}
