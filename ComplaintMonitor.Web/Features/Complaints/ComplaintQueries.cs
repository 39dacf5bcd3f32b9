using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed record StatusCount(ComplaintStatus Status, int Count);

public sealed class ComplaintQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Open cases per workflow state (the index on Status serves it; terminal states are left out).</summary>
    public async Task<IReadOnlyList<StatusCount>> OpenByStatusAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        ComplaintStatus[] terminal = [ComplaintStatus.Closed, ComplaintStatus.Rejected, ComplaintStatus.Withdrawn, ComplaintStatus.Archived];
        return await db.Complaints.AsNoTracking()
            .Where(c => !terminal.Contains(c.Status))
            .GroupBy(c => c.Status)
            .Select(g => new StatusCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }
}
