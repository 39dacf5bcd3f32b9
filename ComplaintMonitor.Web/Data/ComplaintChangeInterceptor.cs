using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintMonitor.Web.Data;

/// <summary>Queues every added or modified complaint for the statistics rollup, inside the saving transaction.</summary>
public sealed class ComplaintChangeInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Queue(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Queue(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Queue(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }
        if (!db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }
        var changed = db.ChangeTracker.Entries<Complaint>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        foreach (var complaint in changed)
        {
            db.StatQueue.Add(new StatQueueEntry { Complaint = complaint });
        }
    }
}
