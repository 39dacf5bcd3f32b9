using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.List;

public sealed partial class ComplaintListQuery
{
    /// <summary>
    /// Oldest first (or by number) under a deadline light with tens of thousands of matching cases: red cases span years,
    /// so walking the received-time index would pass every closed case in between, and driving from the set costs a
    /// lookup per case just to sort. The running-deadline indexes carry each case's received instant and number, so the
    /// candidates come out of the index already in page order; they are probed in growing batches, with every filter
    /// applied, until the page is full.
    /// </summary>
    private static async Task<List<Row>> AscendingByDeadlineAsync(
        AppDbContext db, ComplaintFilter filter, DeadlineFilter light, Actor actor, ComplaintSort sort, PageCursor? after, int pageSize, DateTimeOffset now,
        CancellationToken ct)
    {
        var visible = ComplaintVisibility.VisibleTo(actor);
        var from = after; // the cursor, then the last candidate of each batch
        var found = new List<Row>();
        var take = 4 * (pageSize + 1);
        while (true)
        {
            var batch = await Candidates(db, light, now, sort, from).Take(take).ToListAsync(ct);
            var ids = batch.Select(b => b.ComplaintId).Distinct().ToList();
            // Every candidate is in the light's own set, so only the outranking lights are excluded; "+ 0" inside Filtered
            // keeps a content set from driving: the batch's ids do.
            found.AddRange(await OutrankedExcluded(db, Filtered(db, filter with { Deadline = null }, visible, now, probe: true), light, now)
                .Where(c => ids.Contains(c.Id))
                .Select(c => new Row(c.Id, c.CaseNumber, c.ReceivedAt, c.RegisteredAt, c.Channel, c.Category, c.RespondentType,
                    c.RespondentUnitId, c.RespondentWindowId, c.Status, c.LeadUnitId))
                .ToListAsync(ct));
            if (found.Count > pageSize || batch.Count < take)
            {
                return found;
            }
            from = new PageCursor(batch[^1].CaseReceivedAt.UtcTicks, batch[^1].CaseNumber, batch[^1].ComplaintId);
            take *= 8;
        }
    }

    /// <summary>
    /// Running deadlines that can make a case match the light, in page order after the cursor — a superset (a yellow
    /// row's case may also be red elsewhere) that <see cref="OutrankedExcluded"/> narrows exactly.
    /// </summary>
    private static IQueryable<Candidate> Candidates(AppDbContext db, DeadlineFilter light, DateTimeOffset now, ComplaintSort sort, PageCursor? after)
    {
        var running = RunningOfColour(db, light, now);
        var ordered = sort == ComplaintSort.CaseNumberAsc
            ? (after is null ? running : running.Where(d => string.Compare(d.CaseNumber, after.CaseNumber) > 0))
                .OrderBy(d => d.CaseNumber)
            : AfterReceived(running, after).OrderBy(d => d.CaseReceivedAt).ThenBy(d => d.ComplaintId);
        return ordered.Select(d => new Candidate(d.ComplaintId, d.CaseReceivedAt, d.CaseNumber));
    }

    private static IQueryable<Deadline> AfterReceived(IQueryable<Deadline> running, PageCursor? after)
    {
        if (after is null)
        {
            return running;
        }
        var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
        var id = after.Id;
        return running.Where(d => d.CaseReceivedAt >= at && (d.CaseReceivedAt > at || d.ComplaintId > id));
    }

    private sealed record Candidate(long ComplaintId, DateTimeOffset CaseReceivedAt, string CaseNumber);
}
