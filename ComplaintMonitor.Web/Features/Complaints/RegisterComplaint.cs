using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed record RegisteredComplaint(long Id, string CaseNumber, int Version);

/// <summary>登记: validates, draws the case number, and stores the case, its first deadline and its first history row in one transaction.</summary>
public sealed class RegisterComplaintHandler(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, ChangeFeed feed, TimeProvider time)
{
    public async Task<RegisteredComplaint> HandleAsync(NewComplaint input, Actor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var errors = input.Validate(now);
        if (errors.Count > 0)
        {
            throw new ComplaintMonitor.Domain.DomainException(string.Join("；", errors));
        }
        var context = await contexts.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var caseNumber = await CaseNumbers.NextAsync(db, ChinaTime.DateOf(now), ct);
        var complaint = Complaint.Register(input, caseNumber, actor, now, context);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        feed.Publish([ActionNotifications.Changed(complaint, "Register", null, now, actor.UserId)]);
        return new RegisteredComplaint(complaint.Id, complaint.CaseNumber, complaint.Version);
    }
}
