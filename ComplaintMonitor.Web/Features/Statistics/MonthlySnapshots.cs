using System.Globalization;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Evaluations;
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
        var unitRatings = await EvaluationRollup.ByAsync(db, "UnitId", month, last, ct);
        rows.Add(Row(key, Centre, 0, Sum(units.Values), Sum(unitRatings.Values), overdue.Count, now));
        rows.AddRange(Scopes(key, Unit, units, unitRatings, id => overdue.Count(o => o.UnitId == id), now));
        rows.AddRange(Scopes(key, Window, await StatSums.ByAsync(db, "WindowId", month, last, ct), await EvaluationRollup.ByAsync(db, "WindowId", month, last, ct),
            id => overdue.Count(o => o.WindowId == id), now));
        rows.AddRange(Scopes(key, Staff, await StatSums.ByAsync(db, "StaffId", month, last, ct), await EvaluationRollup.ByAsync(db, "StaffId", month, last, ct),
            id => overdue.Count(o => o.StaffId == id), now));
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

    /// <summary>One row per unit, window or staff member with complaints or ratings in the month (0 = none is left out).</summary>
    private static IEnumerable<MonthlySnapshot> Scopes(string month, string scope, IReadOnlyDictionary<int, StatCounts> counts,
        IReadOnlyDictionary<int, EvaluationCounts> ratings, Func<int, long> overdue, DateTimeOffset now) =>
        counts.Keys.Union(ratings.Keys).Where(id => id != 0).Order()
            .Select(id => Row(month, scope, id, counts.GetValueOrDefault(id) ?? StatCounts.Zero, ratings.GetValueOrDefault(id) ?? EvaluationCounts.Zero, overdue(id), now));

    private static StatCounts Sum(IEnumerable<StatCounts> counts) => counts.Aggregate(StatCounts.Zero, (a, b) => a + b);

    private static EvaluationCounts Sum(IEnumerable<EvaluationCounts> counts) => counts.Aggregate(EvaluationCounts.Zero, (a, b) => a + b);

    private static MonthlySnapshot Row(string month, string scope, int id, StatCounts counts, EvaluationCounts ratings, long overdue, DateTimeOffset now) => new()
    {
        Month = month, Scope = scope, ScopeId = id, Counts = counts, Ratings = ratings, OverdueOpenAtEnd = overdue, CreatedAt = now,
    };
}
