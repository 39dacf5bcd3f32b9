using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Warnings;

/// <summary>One amber or red deadline of an open case, as the 预警督办 list shows it (no personal data).</summary>
public sealed record WarningItem(long ComplaintId, string CaseNumber, ComplaintStatus Status, ComplaintCategory Category, DeadlineKind Kind,
    DateOnly DueOn, DateTimeOffset DueAt, bool Red, bool Provisional, string? LeadUnit, DeadlineAlertLevel Alerted);

/// <summary>
/// The warning list: running deadlines whose warning time has come (黄灯) or passed their due date (红灯), most overdue
/// first. A handler sees only their unit's cases and never one they are the respondent of.
/// </summary>
public sealed class WarningQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The first <c>take</c> rows the actor may see, most overdue first; <c>red</c> true or false keeps only 红灯 or 黄灯 rows (the wall's two lists).</summary>
    public async Task<IReadOnlyList<WarningItem>> ListAsync(Actor actor, int take = 200, CancellationToken ct = default, bool? red = null)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deadlines = db.Deadlines.AsNoTracking().Where(d => d.CompletedAt == null && d.PausedOn == null && d.WarnAt <= now);
        deadlines = red switch
        {
            true => deadlines.Where(d => d.DueAt < now),
            false => deadlines.Where(d => d.DueAt >= now),
            null => deadlines,
        };
        var query = from d in deadlines
                    join c in db.Complaints.AsNoTracking().Where(ComplaintVisibility.VisibleTo(actor)) on d.ComplaintId equals c.Id
                    join u in db.Units.AsNoTracking() on c.LeadUnitId equals u.Id into units
                    from u in units.DefaultIfEmpty()
                    select new { d, c, Unit = u == null ? null : u.Name };
        return await query.OrderBy(x => x.d.DueAt).Take(take)
            .Select(x => new WarningItem(x.c.Id, x.c.CaseNumber, x.c.Status, x.c.Category, x.d.Kind, x.d.DueOn, x.d.DueAt, x.d.DueAt < now,
                x.d.Provisional, x.Unit, x.d.AlertLevel))
            .ToListAsync(ct);
    }
}
