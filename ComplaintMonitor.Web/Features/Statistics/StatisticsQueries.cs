using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>A slice of the rollups: a period (inclusive Asia/Shanghai dates) and optional dimensions.</summary>
public sealed record StatFilter(DateOnly From, DateOnly To, int? UnitId = null, int? WindowId = null, int? StaffId = null, Channel? Channel = null, ComplaintCategory? Category = null);

/// <summary>Reads KPIs from the rollups only: a SUM over the rows of the slice (<see cref="RollupSums"/>), then the domain's formulas.</summary>
public sealed class StatisticsQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<StatCounts> CountsAsync(StatFilter f, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The narrowest of unit, window and staff member is the scope its index serves; the others, the channel and the
        // category only filter the scope's rows. Centre-wide figures read the centre grain (RollupSums).
        var (scope, scopeId) = f.StaffId is { } staff ? ("StaffId", staff) : f.WindowId is { } window ? ("WindowId", window) : f.UnitId is { } unit ? ("UnitId", unit) : ((string?)null, 0);
        var equals = new List<(string Column, object Value)>();
        foreach (var (column, value) in new (string, object?)[] { ("UnitId", f.UnitId), ("WindowId", f.WindowId), ("StaffId", f.StaffId), ("Channel", f.Channel?.ToString()), ("Category", f.Category?.ToString()) })
        {
            if (value is not null && column != scope)
            {
                equals.Add((column, value));
            }
        }
        var slices = StatSlices.Of(f.From, f.To, ChinaTime.Today(time));
        var sums = await RollupSums.SumAsync(db, "StatRows", StatCountsColumns.Names, slices, scope, scopeId, equals: equals, ct: ct);
        return StatCounts.FromArray(sums[0]);
    }

    public async Task<ComplaintKpis> KpisAsync(StatFilter f, CancellationToken ct = default) => Kpis.FromCounts(await CountsAsync(f, ct));
}
