using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Wall;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintMonitor.Web.Features.Reports;

/// <summary>
/// Builds the monthly report from the month's snapshot (numbers as published, even if old cases change later). Only
/// what the snapshot lacks is read elsewhere, each by an index: the category split from the month's rollup rows, the
/// overdue case numbers from the running-deadline index, and the 差评 cases' rectification modes by registration time.
/// </summary>
public sealed class MonthlyReportQuery(IDbContextFactory<AppDbContext> dbFactory, MonthlySnapshotReader snapshots, OrganisationDirectory organisation, IOptions<KpiTargets> targets)
{
    public const int TopCategoryCount = 5;
    public const int OverdueListCap = 50;

    /// <summary>The report of <paramref name="month"/> for the centre (<paramref name="unitId"/> null) or one unit; null without a snapshot.</summary>
    public async Task<MonthlyReport?> LoadAsync(DateOnly month, int? unitId, CancellationToken ct = default)
    {
        month = new DateOnly(month.Year, month.Month, 1);
        if (await snapshots.LoadAsync(month, ct) is not { } snap)
        {
            return null;
        }
        var org = await organisation.LoadAsync(ct);
        var total = unitId is { } u
            ? snap.Units.FirstOrDefault(l => l.Id == u) ?? new ScopeLine(u, org.UnitName(u), StatCounts.Zero, Domain.Evaluations.EvaluationCounts.Zero, 0)
            : snap.Centre;
        var windows = snap.Windows.Where(w => unitId is null || w.UnitId == unitId).Select(w => w.Line).ToList();
        var staff = snap.Staff.Where(s => unitId is null || s.UnitId == unitId).Select(s => s.Line)
            .Where(l => l.Counts.Registered > 0 || l.Ratings.Bad > 0)
            .OrderByDescending(l => l.Counts.Registered + l.Ratings.Bad).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        var respondents = (unitId is null ? snap.Units : windows)
            .OrderByDescending(l => l.Counts.Registered + l.Ratings.Bad).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();

        var minRatings = targets.Value.MinRatingsForRanking;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new MonthlyReport(
            month,
            unitId,
            unitId is { } id ? org.UnitName(id) : "",
            snap.CreatedAt,
            total with { Name = unitId is { } n ? org.UnitName(n) : "" },
            unitId is null ? SatisfactionRanking.Rank(snap.Units.Select(l => KeyValuePair.Create(l, l.Ratings)), minRatings) : [],
            SatisfactionRanking.Rank(windows.Select(l => KeyValuePair.Create(l, l.Ratings)), minRatings),
            respondents,
            staff,
            await TopCategoriesAsync(db, month, unitId, ct),
            await OverdueCasesAsync(db, month, unitId, org, ct),
            await RectificationAsync(db, month, unitId, ct),
            minRatings);
    }

    /// <summary>The month's rollup rows (Period = Month, Day = the 1st) summed by category: a rollup, not the complaint table.</summary>
    private static async Task<IReadOnlyList<KeyValuePair<ComplaintCategory, long>>> TopCategoriesAsync(AppDbContext db, DateOnly month, int? unitId, CancellationToken ct)
    {
        var rows = db.StatRows.AsNoTracking().Where(r => r.Period == StatPeriod.Month && r.Day == month);
        if (unitId is { } u)
        {
            rows = rows.Where(r => r.UnitId == u);
        }
        var counts = await rows.Select(r => new { r.Category, r.Counts.Registered }).ToListAsync(ct);
        return [.. counts.GroupBy(c => c.Category)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(c => c.Registered)))
            .Where(kv => kv.Value > 0)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(TopCategoryCount)];
    }

    /// <summary>
    /// Cases still open whose reply or rectification deadline fell due before the month ended (the running-deadline index),
    /// the ones a reader of the report can still act on. The snapshot's count also includes cases finished late since.
    /// </summary>
    private static async Task<IReadOnlyList<OverdueCase>> OverdueCasesAsync(AppDbContext db, DateOnly month, int? unitId, OrgChart org, CancellationToken ct)
    {
        var end = ChinaTime.StartOfDay(month.AddMonths(1));
        var query = from d in db.Deadlines.AsNoTracking()
                    where d.CompletedAt == null && d.PausedOn == null && d.DueAt < end
                          && (d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy)
                    join c in db.Complaints.AsNoTracking() on d.ComplaintId equals c.Id
                    where unitId == null || c.RespondentUnitId == unitId
                    orderby d.DueAt
                    select new { c.Id, c.CaseNumber, d.DueAt, c.RespondentUnitId, c.RespondentWindowId };
        var rows = await query.Take(OverdueListCap).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.Id).Select(r => new OverdueCase(r.Id, r.CaseNumber, ChinaTime.DateOf(r.DueAt),
            string.Join(" ", new[] { org.UnitName(r.RespondentUnitId), org.WindowCode(r.RespondentWindowId) }.Where(s => s.Length > 0))))];
    }

    /// <summary>差评 cases registered in the month (the registration-time index) by how they were put right.</summary>
    private static async Task<RectificationStatus> RectificationAsync(AppDbContext db, DateOnly month, int? unitId, CancellationToken ct)
    {
        var from = ChinaTime.StartOfDay(month);
        var to = ChinaTime.StartOfDay(month.AddMonths(1));
        var cases = db.Complaints.AsNoTracking().Where(c => c.RegisteredAt >= from && c.RegisteredAt < to && c.SourceEvaluationId != null);
        if (unitId is { } u)
        {
            cases = cases.Where(c => c.RespondentUnitId == u);
        }
        var rows = await cases.Select(c => new { c.Rectification, c.Status }).ToListAsync(ct);
        var byMode = Enum.GetValues<RectificationMode>().ToDictionary(m => m, m => (long)rows.Count(r => r.Rectification == m));
        return new RectificationStatus(rows.Count, byMode, rows.Count(r => r.Rectification is null),
            rows.Count(r => r.Status is ComplaintStatus.Closed or ComplaintStatus.Archived));
    }
}
