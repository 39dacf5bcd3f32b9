using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints.Detail;

/// <summary>One case with everything the detail page and the case file show: deadlines, extensions and the whole history.</summary>
public sealed class ComplaintDetailQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<Complaint?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // History is not loaded with the aggregate by default (the workflow never needs it), so it is included here.
        return await db.Complaints.AsNoTracking()
            .Include(c => c.Deadlines)
            .Include(c => c.Extensions)
            .Include(c => c.History.OrderBy(h => h.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
    }
}
