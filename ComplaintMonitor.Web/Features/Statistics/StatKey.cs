using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>The key of a <see cref="StatRow"/> row.</summary>
public readonly record struct StatKey(StatPeriod Period, DateOnly Day, int UnitId, int WindowId, int StaffId, Channel Channel, ComplaintCategory Category)
{
    public static StatKey Of(StatPeriod period, DateOnly day, ComplaintFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Of(period, day, f.UnitId, f.WindowId, f.StaffId, f.Channel, f.Category);
    }

    /// <summary>The row of <paramref name="grain"/> that the counts of this day (or centre-day) row also belong to.</summary>
    public StatKey At(StatPeriod grain) => Period == StatPeriod.Day || (Period == StatPeriod.CentreDay && grain == StatPeriod.CentreMonth)
        ? Of(grain, Day, UnitId, WindowId, StaffId, Channel, Category)
        : throw new InvalidOperationException("Only a day row's counts (or a centre-day row's, to its month) are rolled up to a coarser grain.");

    private static StatKey Of(StatPeriod period, DateOnly day, int unitId, int windowId, int staffId, Channel channel, ComplaintCategory category) => period switch
    {
        StatPeriod.Month => new(period, new DateOnly(day.Year, day.Month, 1), unitId, windowId, staffId, channel, category),
        StatPeriod.CentreDay => new(period, day, 0, 0, 0, channel, category),
        StatPeriod.CentreMonth => new(period, new DateOnly(day.Year, day.Month, 1), 0, 0, 0, channel, category),
        _ => new(period, day, unitId, windowId, staffId, channel, category),
    };
}
