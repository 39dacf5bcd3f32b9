using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Overview;

/// <summary>The live overview: today's intake and closures, open cases by state, and the deadlines now amber or red.</summary>
public sealed record OverviewCounts(int RegisteredToday, int ClosedToday, int Open, int Yellow, int Red, IReadOnlyDictionary<ComplaintStatus, int> OpenByStatus);

/// <summary>Every figure is an index range read: registration and closing instants, the state index, running deadlines.</summary>
public sealed class OverviewQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public static readonly ComplaintStatus[] OpenStatuses = [.. Enum.GetValues<ComplaintStatus>().Where(s => !ComplaintWorkflow.IsTerminal(s))];

    public async Task<OverviewCounts> GetAsync(int? leadUnitId = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var startOfToday = ChinaTime.StartOfDay(ChinaTime.DateOf(now));
        // Four independent reads, each on its own connection and thread (Microsoft.Data.Sqlite's async calls complete
        // synchronously), so the counts wait for the slowest one rather than their sum.
        var today = Task.Run(() => Read(async db =>
        {
            var complaints = Complaints(db, leadUnitId);
            var registered = await complaints.CountAsync(c => c.RegisteredAt >= startOfToday, ct);
            // Every action stamps UpdatedAt, so a case closed today was updated today: the UpdatedAt index narrows it to today's changes.
            var closed = await complaints.CountAsync(c => c.UpdatedAt >= startOfToday && c.ClosedAt >= startOfToday, ct);
            return (registered, closed);
        }, ct), ct);
        var byStatus = Task.Run(() => Read(db => Complaints(db, leadUnitId).Where(c => OpenStatuses.Contains(c.Status)).GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct), ct), ct);
        // Two-sided ranges: with one bound SQLite answers the DISTINCT by walking the whole case-id index instead.
        var red = Task.Run(() => Read(db => Running(db, leadUnitId).Where(d => d.DueAt >= DateTimeOffset.MinValue && d.DueAt < now)
            .Select(d => d.ComplaintId).Distinct().CountAsync(ct), ct), ct);
        var yellow = Task.Run(() => Read(db => Running(db, leadUnitId).Where(d => d.WarnAt >= DateTimeOffset.MinValue && d.WarnAt <= now && d.DueAt >= now)
            .Select(d => d.ComplaintId).Distinct().CountAsync(ct), ct), ct);
        await Task.WhenAll(today, byStatus, red, yellow);
        var (registeredToday, closedToday) = await today;
        var open = await byStatus;
        return new OverviewCounts(registeredToday, closedToday, open.Values.Sum(), await yellow, await red, open);
    }

    private async Task<T> Read<T>(Func<AppDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await read(db);
    }

    private static IQueryable<Complaint> Complaints(AppDbContext db, int? leadUnitId) =>
        db.Complaints.AsNoTracking().Where(c => leadUnitId == null || c.LeadUnitId == leadUnitId);

    private static IQueryable<Deadline> Running(AppDbContext db, int? leadUnitId)
    {
        var running = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.PausedOn == null);
        return leadUnitId is null ? running : running.Where(d => db.Complaints.Any(c => c.Id == d.ComplaintId && c.LeadUnitId == leadUnitId));
    }
}
