using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Deadlines;

public sealed record DeadlineScanResult(int Alerts, int Notifications);

/// <summary>
/// The deadline scan: finds running deadlines that reached a warning level not yet raised — through three
/// partial indexes that hold only such deadlines — records each alert once (history row + unique alert row), writes the
/// notifications, commits, and only then publishes. Catching up after downtime is the same query: everything ≤ now.
/// </summary>
public sealed class DeadlineScanner(IDbContextFactory<AppDbContext> dbFactory, StaffDirectoryCache directories, ChangeFeed feed, TimeProvider time)
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
            var ids = await DueDeadlineIds(db, now).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }
            directory ??= await directories.GetAsync(ct);
            var complaintIds = await db.Deadlines.Where(d => ids.Contains(d.Id)).Select(d => d.ComplaintId).Distinct().ToListAsync(ct);
            var complaints = await db.Complaints.Include(c => c.Deadlines)
                .Where(c => complaintIds.Contains(c.Id)).AsSplitQuery().ToListAsync(ct);
            var events = new List<ChangeEvent>();
            var stored = new List<Notification>();
            foreach (var complaint in complaints)
            {
                foreach (var deadline in complaint.Deadlines.Where(d => ids.Contains(d.Id)))
                {
                    if (deadline.PendingAlert(now) is not { } level)
                    {
                        continue;
                    }
                    complaint.RecordDeadlineAlert(deadline, level, now);
                    db.DeadlineAlerts.Add(new DeadlineAlert
                    {
                        DeadlineId = deadline.Id, ComplaintId = complaint.Id, Kind = deadline.Kind, Level = level, DueAt = deadline.DueAt, CreatedAt = now,
                    });
                    alerts++;
                    events.Add(new DeadlineAlerted(complaint.Id, complaint.CaseNumber, deadline.Kind.ToString(), level.ToString(), complaint.LeadUnitId));
                    foreach (var user in Recipients(directory, complaint, deadline, level))
                    {
                        var n = AlertNotification(user.UserId, complaint, deadline, level, now);
                        db.Notifications.Add(n);
                        stored.Add(n);
                    }
                }
            }
            await db.SaveChangesAsync(ct);
            notifications += stored.Count;
            events.AddRange(stored.Select(n => new NotificationCreated(n.UserId, n.Id, n.Kind, n.Title, n.ComplaintId, n.CaseNumber)));
            feed.Publish(events);
        }
        return new DeadlineScanResult(alerts, notifications);
    }

    /// <summary>Each branch reads one partial index (see DeadlineConfiguration); a deadline in several is taken once.</summary>
    private static IQueryable<long> DueDeadlineIds(AppDbContext db, DateTimeOffset now) =>
        db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null && d.AlertLevel < DeadlineAlertLevel.Yellow && d.WarnAt <= now).Select(d => d.Id)
            .Union(db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null && d.AlertLevel < DeadlineAlertLevel.Red && d.DueAt < now).Select(d => d.Id))
            .Union(db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null && d.AlertLevel < DeadlineAlertLevel.Leadership && d.EscalateAt < now).Select(d => d.Id));

    private static IEnumerable<DirectoryUser> Recipients(StaffDirectory directory, Complaint c, Deadline d, DeadlineAlertLevel level)
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

    private static Notification AlertNotification(string userId, Complaint c, Deadline d, DeadlineAlertLevel level, DateTimeOffset now)
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
            DedupKey = $"alert:{d.Id}:{(int)level}:{d.DueAt.UtcTicks}:{userId}",
        };
    }
}
