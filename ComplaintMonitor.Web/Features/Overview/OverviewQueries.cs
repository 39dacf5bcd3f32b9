using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Overview;

/// <summary>The live overview: today's intake and closures, open cases by state, and the deadlines now amber or red.</summary>
public sealed record OverviewCounts(int RegisteredToday, int ClosedToday, int Open, int Yellow, int Red, IReadOnlyDictionary<ComplaintStatus, int> OpenByStatus);

/// <summary>Every figure is an index range read: registration and closing instants, the state counters, the cases' clocks (a unit's: running deadlines).</summary>
public sealed class OverviewQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public static readonly ComplaintStatus[] OpenStatuses = [.. Enum.GetValues<ComplaintStatus>().Where(s => !ComplaintWorkflow.IsTerminal(s))];

    public async Task<OverviewCounts> GetAsync(int? leadUnitId = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        // The case counts and the deadline lights read side by side, each on its own connection (Microsoft.Data.Sqlite's
        // async calls complete synchronously, so Task.Run is what lets them overlap; WAL serves both readers).
        // (A third task for the yellow count measured no better on two cores.)
        var cases = Task.Run(() => CaseCountsAsync(leadUnitId, now, ct), ct);
        var lights = Task.Run(async () => (Red: await RedCasesAsync(leadUnitId, now, ct), Yellow: await YellowCasesAsync(leadUnitId, now, ct)), ct);
        var (registeredToday, closedToday, byStatus) = await cases;
        var (red, yellow) = await lights;
        return new OverviewCounts(registeredToday, closedToday, byStatus.Values.Sum(), yellow, red, byStatus);
    }

    private async Task<(int RegisteredToday, int ClosedToday, Dictionary<ComplaintStatus, int> ByStatus)> CaseCountsAsync(
        int? leadUnitId, DateTimeOffset now, CancellationToken ct)
    {
        var startOfToday = ChinaTime.StartOfDay(ChinaTime.DateOf(now));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaints = db.Complaints.AsNoTracking().Where(c => leadUnitId == null || c.LeadUnitId == leadUnitId);
        var registeredToday = await complaints.CountAsync(c => c.RegisteredAt >= startOfToday, ct);
        // The closing-instant index alone, never reading a case row. (The action that closes a case stamps UpdatedAt too, so the
        // former "UpdatedAt >= today AND ClosedAt >= today" counted the same cases, but read every case touched today to do it.)
        var closedToday = await complaints.CountAsync(c => c.ClosedAt >= startOfToday, ct);
        // The funnel from the per-unit state counters (CaseStatusCounts), not from tens of thousands of case index entries.
        var byStatus = await db.CaseStatusCounts.AsNoTracking()
            .Where(c => OpenStatuses.Contains(c.Status) && (leadUnitId == null || c.LeadUnitId == leadUnitId))
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToDictionaryAsync(g => g.Key, g => (int)g.Count, ct);
        return (registeredToday, closedToday, byStatus);
    }

    /// <summary>How many cases are red: a running deadline is past due.</summary>
    private async Task<int> RedCasesAsync(int? leadUnitId, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (leadUnitId is null)
        {
            // The centre's: one range of IX_CaseClocks_DueAt, a row per case (its earliest running due instant).
            return await db.CaseClocks.CountAsync(c => c.DueAt < now, ct);
        }
        // A unit's probes the unit of each red deadline (two-sided range: with one bound SQLite answers the DISTINCT by
        // walking the whole case-id index instead).
        return await Running(db, leadUnitId).Where(d => d.DueAt >= DateTimeOffset.MinValue && d.DueAt < now)
            .Select(d => d.ComplaintId).Distinct().CountAsync(ct);
    }

    /// <summary>
    /// How many cases are yellow: a running deadline is past its warning instant and none is past due. A case shows its
    /// worst light, as the register's filter lists it.
    /// </summary>
    private async Task<int> YellowCasesAsync(int? leadUnitId, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (leadUnitId is null)
        {
            // Not red (the earliest due instant has not passed), and the earliest warning instant has: IX_CaseClocks_WarnAt_DueAt alone.
            return await db.CaseClocks.CountAsync(c => c.WarnAt <= now && c.DueAt >= now, ct);
        }
        // A unit's checks each amber deadline's case for a red one through IX_Deadlines_Running_ComplaintId.
        return await Running(db, leadUnitId).Where(d => d.WarnAt >= DateTimeOffset.MinValue && d.WarnAt <= now && d.DueAt >= now
                && !db.Deadlines.Any(r => r.ComplaintId == d.ComplaintId && r.CompletedAt == null && r.PausedOn == null && r.DueAt < now))
            .Select(d => d.ComplaintId).Distinct().CountAsync(ct);
    }

    private static IQueryable<Deadline> Running(AppDbContext db, int? leadUnitId)
    {
        var running = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.PausedOn == null);
        return leadUnitId is null ? running : running.Where(d => db.Complaints.Any(c => c.Id == d.ComplaintId && c.LeadUnitId == leadUnitId));
    }
}
