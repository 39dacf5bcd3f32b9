using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Realtime;

namespace ComplaintMonitor.Web.Features.Complaints;

/// <summary>
/// Who is told about an action: the handlers when a case is referred (交办), re-referred or reopened; the requester
/// when an extension is decided. The notifications are saved with the action; the events go out after the commit.
/// </summary>
public static class ActionNotifications
{
    public static IReadOnlyList<Notification> For(Complaint c, ComplaintCommand command, ComplaintStatus from, StaffDirectory directory, DateTimeOffset now)
    {
        IEnumerable<string> users;
        string kind, title;
        switch (command)
        {
            case AssignCommand:
                users = directory.HandlersOf(c.HandlerStaffId, c.LeadUnitId, c.RespondentStaffId).Select(u => u.UserId);
                (kind, title) = (NotificationKinds.Assigned, from == ComplaintStatus.Accepted ? $"交办：{c.CaseNumber} 已交由您办理" : $"改派：{c.CaseNumber} 已改由您办理");
                break;
            case ReopenCommand:
                users = directory.HandlersOf(c.HandlerStaffId, c.LeadUnitId, c.RespondentStaffId).Select(u => u.UserId);
                (kind, title) = (NotificationKinds.Reopened, $"重办：{c.CaseNumber} 回访不满意，需重新办理");
                break;
            case ApproveExtensionCommand or RefuseExtensionCommand:
                var decided = c.Extensions.Where(e => e.DecidedAt == now).MaxBy(e => e.Id) ?? c.Extensions[^1];
                users = [decided.RequestedBy];
                (kind, title) = (NotificationKinds.ExtensionDecided,
                    decided.Status == ExtensionStatus.Approved ? $"延期已批准：{c.CaseNumber} 延长 {decided.WorkingDays} 个工作日" : $"延期被驳回：{c.CaseNumber}");
                break;
            default:
                return [];
        }
        var body = $"{ZhNames.Of(c.Category)}投诉，当前状态：{ZhNames.Of(c.Status)}。";
        return [.. users.Distinct().Select(user => new Notification
        {
            UserId = user, Kind = kind, Title = title, Body = body, ComplaintId = c.Id, CaseNumber = c.CaseNumber, CreatedAt = now,
        })];
    }

    public static ComplaintChanged Changed(Complaint c, string action, ComplaintStatus? from, DateTimeOffset at, string actorId) =>
        new(c.Id, c.CaseNumber, action, from?.ToString(), c.Status.ToString(), c.Version, at, c.LeadUnitId, c.HandlerStaffId, c.RespondentStaffId, c.RespondentWindowId, actorId);
}
