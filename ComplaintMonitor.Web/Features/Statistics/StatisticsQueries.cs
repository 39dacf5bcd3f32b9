using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>A slice of the rollups: a period (inclusive Asia/Shanghai dates) and optional dimensions.</summary>
public sealed record StatFilter(DateOnly From, DateOnly To, int? UnitId = null, int? WindowId = null, int? StaffId = null, Channel? Channel = null, ComplaintCategory? Category = null);

/// <summary>Reads KPIs from the rollups only: a SUM over the rows of the slice, then the domain's formulas.</summary>
public sealed class StatisticsQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    // Built once from the column list; the values below go in as parameters.
    private static readonly string CountsSql = Counts(centre: false);
    private static readonly string CentreCountsSql = Counts(centre: true);

    private static string Counts(bool centre) => $$"""
        SELECT {{string.Join(", ", StatCountsColumns.Names.Select(c => $"COALESCE(SUM(\"{c}\"), 0) AS \"{c}\""))}} FROM "StatRows"
        WHERE {{StatSlices.Sql(0, centre)}}
          AND ({6} IS NULL OR "UnitId" = {6}) AND ({7} IS NULL OR "WindowId" = {7}) AND ({8} IS NULL OR "StaffId" = {8})
          AND ({9} IS NULL OR "Channel" = {9}) AND ({10} IS NULL OR "Category" = {10})
        """;

    public async Task<StatCounts> CountsAsync(StatFilter f, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Centre-wide figures (no unit, window or staff) read the centre grain: a few rows per month instead of thousands.
        var centre = f.UnitId is null && f.WindowId is null && f.StaffId is null;
        var rows = await db.Database.SqlQueryRaw<StatCounts>(centre ? CentreCountsSql : CountsSql,
            [.. StatSlices.Of(f.From, f.To, ComplaintMonitor.Domain.Calendar.ChinaTime.Today(time)).Parameters, Db(f.UnitId), Db(f.WindowId), Db(f.StaffId), Db(f.Channel?.ToString()), Db(f.Category?.ToString())]).ToListAsync(ct);
        return rows.SingleOrDefault() ?? StatCounts.Zero;
    }

    public async Task<ComplaintKpis> KpisAsync(StatFilter f, CancellationToken ct = default) => Kpis.FromCounts(await CountsAsync(f, ct));

    private static object Db(object? value) => value ?? DBNull.Value;
}
