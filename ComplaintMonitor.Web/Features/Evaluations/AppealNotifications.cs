using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Notifications;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>
/// Who is told about an appeal (R-33): the supervisors and leaders when one is filed (except the filer and, by 回避,
/// the rated staff member), the filer when it is decided. Saved with the appeal step, pushed after the commit; they
/// link to the 差评 case and carry no rater identity.
/// </summary>
public static class AppealNotifications
{
    public static IReadOnlyList<Notification> Filed(Evaluation e, StaffDirectory directory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(directory);
        var deciders = directory.InRole(AppRoles.Supervisor).Concat(directory.InRole(AppRoles.Leader))
            .Where(u => u.UserId != e.AppealedBy && (e.StaffId is null || u.StaffId != e.StaffId))
            .Select(u => u.UserId);
        return Notes(e, deciders, NotificationKinds.AppealFiled, $"差评申诉待复核：办件 {e.ServiceCaseNumber}", $"申诉理由：{e.AppealReason}", now);
    }

    public static IReadOnlyList<Notification> Decided(Evaluation e, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(e);
        var title = e.AppealStatus == AppealStatus.Approved
            ? $"申诉已通过：办件 {e.ServiceCaseNumber} 的差评认定为{(e.Misrating == MisratingKind.Malicious ? "恶意评价" : "误评")}，不计入差评率"
            : $"申诉未通过：办件 {e.ServiceCaseNumber} 的差评维持";
        return Notes(e, e.AppealedBy is { } filer ? [filer] : [], NotificationKinds.AppealDecided, title, $"复核意见：{e.AppealDecisionNote}", now);
    }

    private static Notification[] Notes(Evaluation e, IEnumerable<string> users, string kind, string title, string body, DateTimeOffset now) =>
        [.. users.Distinct().Select(user => new Notification
        {
            UserId = user, Kind = kind, Title = title, Body = body, ComplaintId = e.ComplaintId, Link = $"/evaluations/{e.Id}", CreatedAt = now,
        })];
}
