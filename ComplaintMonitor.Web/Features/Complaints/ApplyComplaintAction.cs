using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Complaints;

public sealed record AppliedAction(long ComplaintId, string CaseNumber, ComplaintStatus From, ComplaintStatus To, int Version);

/// <summary>
/// Runs one workflow action: loads the case, refuses a stale form (the version it was shown at), lets the domain apply
/// the action and saves the case, its deadlines and the history row together. Any refusal leaves the database untouched.
/// </summary>
public sealed class ApplyComplaintActionHandler(
    IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, StaffDirectoryCache directory, ChangeFeed feed, TimeProvider time)
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
        var now = time.GetUtcNow();
        complaint.Apply(command, actor, now, context);
        var notifications = ActionNotifications.For(complaint, command, from, await directory.GetAsync(ct), now);
        db.Notifications.AddRange(notifications);
        try
        {
            // One SaveChanges is one transaction: the case, its deadlines, extensions, the history row and the notifications.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(complaint.CaseNumber);
        }
        feed.Publish([ActionNotifications.Changed(complaint, command.Action.ToString(), from, now, actor.UserId),
            .. notifications.Select(n => new NotificationCreated(n.UserId, n.Id, n.Kind, n.Title, n.ComplaintId, n.CaseNumber))]);
        return new AppliedAction(complaint.Id, complaint.CaseNumber, from, complaint.Status, complaint.Version);
    }
}
