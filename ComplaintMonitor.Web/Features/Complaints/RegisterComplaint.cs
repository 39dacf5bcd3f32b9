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
        var complaint = await RegisterInAsync(db, input, actor, now, context, ct);
        await tx.CommitAsync(ct);
        feed.Publish([Registered(complaint, actor, now)]);
        return new RegisteredComplaint(complaint.Id, complaint.CaseNumber, complaint.Version);
    }

    /// <summary>
    /// Draws the case number and stores the new case inside the caller's transaction (the 好差评 intake registers a
    /// 差评 case in the rating's transaction). The caller commits, then publishes <see cref="Registered"/>.
    /// </summary>
    public static async Task<Complaint> RegisterInAsync(AppDbContext db, NewComplaint input, Actor actor, DateTimeOffset now, WorkflowContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var caseNumber = await CaseNumbers.NextAsync(db, ChinaTime.DateOf(now), ct);
        var complaint = Complaint.Register(input, caseNumber, actor, now, context);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        return complaint;
    }

    /// <summary>The change event of a registration, published after the commit.</summary>
    public static ComplaintChanged Registered(Complaint complaint, Actor actor, DateTimeOffset now) =>
        ActionNotifications.Changed(complaint, "Register", null, now, actor.UserId);
}
