using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintMonitor.Web.Features.Deadlines;

public sealed record DeadlineScanResult(int Alerts, int Notifications);

/// <summary>
/// The deadline scan: finds running deadlines that reached a warning level not yet raised — through three
/// partial indexes that hold only such deadlines (<see cref="DueDeadlines"/>) — records each alert once (history row +
/// unique alert row), writes the notifications, commits, and only then publishes. Catching up after downtime is the same query: everything ≤ now.
/// Each batch is read and written under the write lock (one IMMEDIATE transaction), so no action can move a deadline
/// between the moment it is found due and the moment its alert is stored.
/// </summary>
public sealed class DeadlineScanner(IDbContextFactory<AppDbContext> dbFactory, StaffDirectoryCache directories, ChangeFeed feed, WalCheckpoints checkpoints, TimeProvider time)
{
    private const int BatchSize = 500;

    public async Task<DeadlineScanResult> ScanAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        int alerts = 0, notifications = 0;
        StaffDirectory? directory = null;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var rederivable = await RederivableCommits.SetAsync(db, checkpoints, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var due = DueDeadlines.Read(db.Database.GetDbConnection(), tx.GetDbTransaction(), now, BatchSize);
            if (due.Count == 0)
            {
                break;
            }
            directory ??= await directories.GetAsync(ct);
            var events = new List<ChangeEvent>();
            var stored = new List<Notification>();
            using (var writer = new DeadlineAlertWriter(db))
            {
                foreach (var (deadline, c) in due)
                {
                    if (deadline.PendingAlert(now) is not { } level)
                    {
                        continue;
                    }
                    var entry = Complaint.RecordDeadlineAlert(deadline, c.Status, level, now);
                    writer.Alert(c.Id, deadline, entry);
                    alerts++;
                    events.Add(new DeadlineAlerted(c.Id, c.CaseNumber, deadline.Kind.ToString(), level.ToString(), c.LeadUnitId));
                    foreach (var user in Recipients(directory, c, deadline, level))
                    {
                        var n = AlertNotification(user.UserId, c, deadline, level, now);
                        writer.Notify(n);
                        stored.Add(n);
                    }
                }
                await writer.FlushAsync(now, ct);
            }
            await tx.CommitAsync(ct);
            notifications += stored.Count;
            events.AddRange(stored.Select(n => new NotificationCreated(n.UserId, n.Id, n.Kind, n.Title, n.ComplaintId, n.CaseNumber)));
            feed.Publish(events);
            if (due.Count < BatchSize)
            {
                // Every deadline found was raised to the level it has reached, so none of them matches again: nothing is left.
                break;
            }
        }
        return new DeadlineScanResult(alerts, notifications);
    }

    private static IEnumerable<DirectoryUser> Recipients(StaffDirectory directory, AlertedCase c, Deadline d, DeadlineAlertLevel level)
    {
        // Before referral the clock is the supervisors' own (accept-by); afterwards the handling unit's.
        var supervisors = directory.InRole(AppRoles.Supervisor);
        IEnumerable<DirectoryUser> users = level switch
        {
            DeadlineAlertLevel.Yellow when c.LeadUnitId is null || d.Kind is DeadlineKind.AcceptBy or DeadlineKind.ReturnVisitBy => supervisors,
            DeadlineAlertLevel.Yellow => directory.HandlersOf(c.HandlerStaffId, c.LeadUnitId, c.RespondentStaffId),
            DeadlineAlertLevel.Red => directory.HeadOf(c.LeadUnitId, c.RespondentStaffId).Concat(supervisors),
            _ => directory.InRole(AppRoles.Leader),
        };
        return users.Where(u => u.StaffId is null || u.StaffId != c.RespondentStaffId).DistinctBy(u => u.UserId);
    }

    private static Notification AlertNotification(string userId, AlertedCase c, Deadline d, DeadlineAlertLevel level, DateTimeOffset now)
    {
        var what = ZhNames.Of(d.Kind);
        var (kind, title) = level switch
        {
            DeadlineAlertLevel.Yellow => (NotificationKinds.Remind, $"催办：{c.CaseNumber} {what}即将到期"),
            DeadlineAlertLevel.Red => (NotificationKinds.Supervise, $"督办：{c.CaseNumber} {what}已超期"),
            _ => (NotificationKinds.Escalate, $"超期升级：{c.CaseNumber} {what}超期未办结"),
        };
        return new Notification
        {
            UserId = userId,
            Kind = kind,
            Title = title,
            Body = $"{ZhNames.Of(c.Category)}投诉，{what} {d.DueOn:yyyy-MM-dd}，当前状态：{ZhNames.Of(c.Status)}。",
            ComplaintId = c.Id,
            CaseNumber = c.CaseNumber,
            CreatedAt = now,
        };
    }
}
