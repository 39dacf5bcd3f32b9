using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.List;

public sealed partial class ComplaintListQuery
{
    /// <summary>
    /// Oldest first under a deadline light with tens of thousands of matching cases (red cases span years, so walking the
    /// received-time index would pass every closed case in between, and driving from the set costs a lookup per case just
    /// to sort). The running-deadline indexes carry each case's received instant, so the candidates come out of the index
    /// already in page order; they are probed in growing batches, with every filter applied, until the page is full.
    /// </summary>
    private static async Task<List<Row>> OldestFirstByDeadlineAsync(
        AppDbContext db, ComplaintFilter filter, DeadlineFilter light, Actor actor, PageCursor? after, int pageSize, DateTimeOffset now, CancellationToken ct)
    {
        var visible = ComplaintVisibility.VisibleTo(actor);
        var from = after is null ? ((DateTimeOffset At, long Id)?)null : (new DateTimeOffset(after.Ticks, TimeSpan.Zero), after.Id);
        var found = new List<Row>();
        var take = 4 * (pageSize + 1);
        while (true)
        {
            var batch = await Candidates(db, light, now, from).Take(take).ToListAsync(ct);
            var ids = batch.Select(b => b.ComplaintId).Distinct().ToList();
            // "+ 0" inside Filtered keeps the light's own set from driving: the batch's ids do.
            found.AddRange(await Filtered(db, filter, visible, now, probe: true)
                .Where(c => ids.Contains(c.Id))
                .Select(c => new Row(c.Id, c.CaseNumber, c.ReceivedAt, c.RegisteredAt, c.Channel, c.Category, c.RespondentType,
                    c.RespondentUnitId, c.RespondentWindowId, c.Status, c.LeadUnitId))
                .ToListAsync(ct));
            if (found.Count > pageSize || batch.Count < take)
            {
                return found;
            }
            from = (batch[^1].CaseReceivedAt, batch[^1].ComplaintId);
            take *= 8;
        }
    }

    /// <summary>
    /// Running deadlines that can make a case match the light, in (received, case) order after the cursor — a superset
    /// (a yellow row's case may also be red elsewhere) that <see cref="Filtered"/> narrows exactly.
    /// </summary>
    private static IQueryable<Candidate> Candidates(AppDbContext db, DeadlineFilter light, DateTimeOffset now, (DateTimeOffset At, long Id)? from)
    {
        var running = db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null);
        running = light switch
        {
            DeadlineFilter.Red => running.Where(d => d.DueAt < now),
            DeadlineFilter.Yellow => running.Where(d => d.WarnAt <= now && d.DueAt >= now),
            _ => running.Where(d => d.WarnAt > now),
        };
        if (from is var (at, id))
        {
            running = running.Where(d => d.CaseReceivedAt >= at && (d.CaseReceivedAt > at || d.ComplaintId > id));
        }
        return running.OrderBy(d => d.CaseReceivedAt).ThenBy(d => d.ComplaintId)
            .Select(d => new Candidate(d.ComplaintId, d.CaseReceivedAt));
    }

    private sealed record Candidate(long ComplaintId, DateTimeOffset CaseReceivedAt);
}
