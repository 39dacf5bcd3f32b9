using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Sums of rollup counts grouped by one dimension (unit, window or staff) over a period: rankings and snapshots.</summary>
public static class StatSums
{
    public static async Task<IReadOnlyDictionary<int, StatCounts>> ByAsync(DbContext db, string dimension, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await RollupSums.SumAsync(db, "StatRows", StatCountsColumns.Names, StatSlices.Of(from, to), groupBy: dimension, ct: ct))
            .ToDictionary(r => r.Key, r => StatCounts.FromArray(r.Value));
}
