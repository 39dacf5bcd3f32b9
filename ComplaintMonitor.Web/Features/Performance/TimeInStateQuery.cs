using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>Time-in-state of the cases a scorecard is about, with how many cases it covers.</summary>
public sealed record TimeInStateResult(IReadOnlyList<StageTime> Stages, int Cases, bool Capped);

/// <summary>
/// Time-in-state per stage for a window's or a staff member's cases registered in the period: their history rows
/// through the (ComplaintId, Id) index, summed by the domain (<see cref="TimeInState"/>). A window's cases are found
/// by the (RespondentWindowId, RegisteredAt) index; a staff member's by the registration-time range. At most
/// <see cref="MaxCases"/> cases (the most recent) are read, so the figure stays fast at any size; the page says when it capped.
/// </summary>
public sealed class TimeInStateQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxCases = 2000;

    public async Task<TimeInStateResult> ForAsync(Scope scope, int id, DrilldownFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var start = ChinaTime.StartOfDay(filter.From);
        var end = ChinaTime.StartOfDay(filter.To.AddDays(1));
        var q = db.Complaints.AsNoTracking().Where(c => c.RegisteredAt >= start && c.RegisteredAt < end);
        q = scope switch
        {
            Scope.Window => q.Where(c => c.RespondentWindowId == id),
            Scope.Staff => q.Where(c => c.RespondentStaffId == id),
            Scope.Unit => q.Where(c => c.RespondentUnitId == id),
            _ => q,
        };
        if (filter.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }
        if (filter.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }
        var ids = await q.OrderByDescending(c => c.RegisteredAt).Select(c => c.Id).Take(MaxCases + 1).ToListAsync(ct);
        var capped = ids.Count > MaxCases;
        ids = [.. ids.Take(MaxCases)];
        var changes = new List<StateChange>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.History.AsNoTracking().Where(h => chunk.Contains(h.ComplaintId))
                .OrderBy(h => h.ComplaintId).ThenBy(h => h.Id)
                .Select(h => new { h.ComplaintId, h.At, h.FromStatus, h.ToStatus }).ToListAsync(ct);
            changes.AddRange(rows.Select(h => new StateChange(h.ComplaintId, h.At, h.FromStatus, h.ToStatus)));
        }
        return new TimeInStateResult(TimeInState.Summarise(changes, time.GetUtcNow()), ids.Count, capped);
    }
}
