using System.Globalization;
using System.Text;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Notifications;

/// <summary>
/// The morning digest: one in-app notification per user instead of one message per case — a handler's own cases that
/// are 黄灯/红灯 or due by the next working day; for supervisors and leaders the centre-wide counts and the worst cases.
/// One per user per day (dedup key), so a re-run or a second instance adds nothing.
/// </summary>
public sealed class DailyDigest(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, ChangeFeed feed, TimeProvider time)
{
    private sealed record DueCase(long Id, string CaseNumber, DeadlineKind Kind, DateOnly DueOn, DateTimeOffset DueAt, DateTimeOffset WarnAt,
        int? LeadUnitId, int? HandlerStaffId, int? RespondentStaffId);

    public async Task<int> SendAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = (await contexts.GetAsync(ct)).Calendar;
        var horizon = ChinaTime.EndOfDay(calendar.NextWorkingDay(today));
        // Everything red, yellow or due by the end of the next working day, via the running-deadline index on DueAt.
        var due = await (from d in db.Deadlines
                         where d.CompletedAt == null && d.PausedOn == null && d.DueAt <= horizon
                         join c in db.Complaints on d.ComplaintId equals c.Id
                         select new DueCase(c.Id, c.CaseNumber, d.Kind, d.DueOn, d.DueAt, d.WarnAt, c.LeadUnitId, c.HandlerStaffId, c.RespondentStaffId))
                        .AsNoTracking().ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var directory = await StaffDirectory.LoadAsync(db, ct);
        var notes = new List<Notification>();
        // Each case's handlers are resolved once, then grouped by user.
        var byHandler = due.Where(c => c.LeadUnitId is not null)
            .SelectMany(c => directory.HandlersOf(c.HandlerStaffId, c.LeadUnitId, c.RespondentStaffId).Select(h => (h.UserId, Case: c)))
            .ToLookup(x => x.UserId, x => x.Case);
        foreach (var user in directory.Users)
        {
            var mine = user.Roles.Contains(AppRoles.Handler) ? byHandler[user.UserId].ToList()
                : user.Roles.Contains(AppRoles.Supervisor) || user.Roles.Contains(AppRoles.Leader) ? due : [];
            if (mine.Count > 0)
            {
                notes.Add(Digest(user, mine, now, today));
            }
        }
        var keys = notes.Select(n => n.DedupKey).ToList();
        var existing = await db.Notifications.Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct);
        var fresh = notes.Where(n => !existing.Contains(n.DedupKey)).ToList();
        db.Notifications.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        feed.Publish(fresh.Select(n => new NotificationCreated(n.UserId, n.Id, n.Kind, n.Title, null, null)));
        return fresh.Count;
    }

    private static Notification Digest(DirectoryUser user, List<DueCase> cases, DateTimeOffset now, DateOnly today)
    {
        var red = cases.Count(c => c.DueAt < now);
        var yellow = cases.Count(c => c.DueAt >= now && c.WarnAt <= now);
        var dueSoon = cases.Count - red - yellow;
        var body = new StringBuilder();
        foreach (var c in cases.OrderBy(c => c.DueAt).Take(10))
        {
            var state = c.DueAt < now ? "红灯" : c.WarnAt <= now ? "黄灯" : "即将到期";
            body.Append(CultureInfo.InvariantCulture, $"{c.CaseNumber} {ZhNames.Of(c.Kind)} {c.DueOn:yyyy-MM-dd}（{state}）\n");
        }
        if (cases.Count > 10)
        {
            body.Append(CultureInfo.InvariantCulture, $"……共 {cases.Count} 件");
        }
        return new Notification
        {
            UserId = user.UserId,
            Kind = NotificationKinds.Digest,
            Title = $"每日摘要 {today:yyyy-MM-dd}：红灯 {red} 件，黄灯 {yellow} 件，明日到期 {dueSoon} 件",
            Body = body.ToString().TrimEnd(),
            CreatedAt = now,
            DedupKey = $"digest:{user.UserId}:{today:yyyy-MM-dd}",
        };
    }
}
