using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Writes the monthly snapshot of every KPI count for the centre and each unit, window and staff member once a
/// month has ended. A month already snapshotted is never written again, so the monthly report and ranking stay as
/// published even when old cases change later.
/// </summary>
public sealed class MonthlySnapshots(IDbContextFactory<AppDbContext> dbFactory, StatisticsRollup rollup, TimeProvider time)
{
    public const string Centre = "Centre";
    public const string Unit = "Unit";
    public const string Window = "Window";
    public const string Staff = "Staff";

    /// <summary>Snapshots every ended month of the last <paramref name="months"/> that has none yet; returns rows written.</summary>
    public async Task<int> CatchUpAsync(int months = 12, CancellationToken ct = default)
    {
        // The rollups must include everything up to the month's end before it is frozen.
        await rollup.RunIncrementalAsync(ct);
        var today = ChinaTime.Today(time);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var written = 0;
        for (var m = thisMonth.AddMonths(-months); m < thisMonth; m = m.AddMonths(1))
        {
            written += await WriteAsync(m, ct);
        }
        return written;
    }

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<int> WriteAsync(DateOnly month, CancellationToken ct = default)
    {
        var key = Key(month);
        var last = month.AddMonths(1).AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.MonthlySnapshots.AnyAsync(s => s.Month == key, ct))
        {
            return 0;
        }
        var now = time.GetUtcNow();
        var overdue = await OverdueAtEndAsync(db, ChinaTime.EndOfDay(last), ct);
        var rows = new List<MonthlySnapshot>();
        var units = await StatSums.ByAsync(db, "UnitId", month, last, ct);
        var centre = units.Values.Aggregate(StatCounts.Zero, (a, b) => a + b);
        rows.Add(Row(key, Centre, 0, centre, overdue.Count, now));
        rows.AddRange(units.Where(u => u.Key != 0).Select(u => Row(key, Unit, u.Key, u.Value, overdue.Count(o => o.UnitId == u.Key), now)));
        rows.AddRange((await StatSums.ByAsync(db, "WindowId", month, last, ct)).Where(w => w.Key != 0)
            .Select(w => Row(key, Window, w.Key, w.Value, overdue.Count(o => o.WindowId == w.Key), now)));
        rows.AddRange((await StatSums.ByAsync(db, "StaffId", month, last, ct)).Where(s => s.Key != 0)
            .Select(s => Row(key, Staff, s.Key, s.Value, overdue.Count(o => o.StaffId == s.Key), now)));
        db.MonthlySnapshots.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    private sealed record OverdueCase(int? UnitId, int? WindowId, int? StaffId);

    /// <summary>超期未办结 at the month's end: handling deadlines already due then and not met by then.</summary>
    private static async Task<List<OverdueCase>> OverdueAtEndAsync(AppDbContext db, DateTimeOffset end, CancellationToken ct) =>
        await (from d in db.Deadlines
               where (d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy) && d.DueAt < end && (d.CompletedAt == null || d.CompletedAt > end)
               join c in db.Complaints on d.ComplaintId equals c.Id
               where c.RegisteredAt <= end
               select new OverdueCase(c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId))
            .ToListAsync(ct);

    private static MonthlySnapshot Row(string month, string scope, int id, StatCounts counts, long overdue, DateTimeOffset now) => new()
    {
        Month = month, Scope = scope, ScopeId = id, Counts = counts, OverdueOpenAtEnd = overdue, CreatedAt = now,
    };
}
