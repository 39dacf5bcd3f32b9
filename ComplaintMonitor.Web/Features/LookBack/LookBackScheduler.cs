using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.LookBack;

/// <summary>
/// Decides 回头看 for closed cases that have no decision yet (a partial index holds exactly those): upheld cases and a
/// sample of the others get a look-back deadline; the rest may be archived at once.
/// </summary>
public sealed class LookBackScheduler(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, TimeProvider time)
{
    private const int BatchSize = 500;

    public async Task<int> ScheduleAsync(CancellationToken ct = default)
    {
        var context = await contexts.GetAsync(ct);
        var decided = 0;
        long lastId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await db.Complaints.Include(c => c.Deadlines).AsSplitQuery()
                .Where(c => c.Status == ComplaintStatus.Closed && c.LookBackSelected == null && c.ClosedAt != null && c.Id > lastId)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return decided;
            }
            var now = time.GetUtcNow();
            foreach (var complaint in batch)
            {
                complaint.ScheduleLookBack(now, context);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                decided += batch.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A user changed one of these cases meanwhile; tomorrow's run decides the batch again.
            }
            lastId = batch[^1].Id;
        }
    }
}
