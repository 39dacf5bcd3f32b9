using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed record AppliedAction(long ComplaintId, string CaseNumber, ComplaintStatus From, ComplaintStatus To, int Version);

/// <summary>
/// Runs one workflow action: loads the case, refuses a stale form (the version it was shown at), lets the domain apply
/// the action and saves the case, its deadlines and the history row together. Any refusal leaves the database untouched.
/// </summary>
public sealed class ApplyComplaintActionHandler(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, TimeProvider time)
{
    public async Task<AppliedAction> HandleAsync(long complaintId, int expectedVersion, ComplaintCommand command, Actor actor, CancellationToken ct = default)
    {
        var context = await contexts.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Complaints
            .Include(c => c.Deadlines)
            .Include(c => c.Extensions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == complaintId, ct)
            ?? throw new ComplaintNotFoundException(complaintId);
        if (complaint.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(complaint.CaseNumber);
        }
        var from = complaint.Status;
        complaint.Apply(command, actor, time.GetUtcNow(), context);
        try
        {
            // One SaveChanges is one transaction: the case, its deadlines, extensions and the history row.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(complaint.CaseNumber);
        }
        return new AppliedAction(complaint.Id, complaint.CaseNumber, from, complaint.Status, complaint.Version);
    }
}
