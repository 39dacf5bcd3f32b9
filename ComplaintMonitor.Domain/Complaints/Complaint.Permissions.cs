using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>Why this user may not perform the action on this case, or null when they may.</summary>
    public string? PermissionProblem(ComplaintAction action, Actor actor, WorkflowContext context)
    {
        if (!ComplaintWorkflow.Roles[action].Contains(actor.Role))
        {
            return $"您的角色无权执行“{ZhNames.Of(action)}”";
        }
        // R-21 回避: the staff member complained about never investigates, handles or approves their own case.
        if (actor.StaffId is { } staff && staff == RespondentStaffId)
        {
            return "您是本件的被投诉人，按回避规定不能办理或审批本件";
        }
        if (actor.Role == UserRole.Handler && !IsHandledBy(actor))
        {
            return "本件未交办给您所在的单位";
        }
        if (action == ComplaintAction.Review && EscalatedToLeadership && actor.Role != UserRole.Leader)
        {
            return "本件重办后仍不满意，已升级至中心领导，须由领导复核";
        }
        if (action == ComplaintAction.ApproveExtension && PendingExtension is { } pending
            && pending.Level > context.Policy.ExtensionsBeforeLeaderApproval && actor.Role != UserRole.Leader)
        {
            return "再次延期须由中心领导审批";
        }
        if (action is ComplaintAction.ApproveExtension or ComplaintAction.RefuseExtension
            && PendingExtension is { } request && request.RequestedBy == actor.UserId)
        {
            return "审批人不能是延期申请人";
        }
        return null;
    }

    /// <summary>A handler acts on the cases of their unit (lead unit of the referral) or assigned to them personally.</summary>
    public bool IsHandledBy(Actor actor) =>
        (actor.StaffId is not null && actor.StaffId == HandlerStaffId)
        || (actor.UnitId is not null && actor.UnitId == LeadUnitId);

    /// <summary>Why the case's facts forbid the action now (independent of the payload), or null.</summary>
    public string? GuardProblem(ComplaintAction action, DateTimeOffset now, WorkflowContext context) => action switch
    {
        ComplaintAction.Reopen when VisitResult != Complaints.VisitResult.Dissatisfied => "仅回访不满意的投诉可以重办",
        ComplaintAction.Reopen when ReviewDecision is not null => "本件已复核，不能再重办",
        ComplaintAction.Reopen when ReopenCount >= context.Policy.MaxReopenings =>
            $"本件已重办 {ReopenCount} 次，已升级至中心领导复核",
        ComplaintAction.Review when VisitResult != Complaints.VisitResult.Dissatisfied => "仅回访不满意的投诉需要复核",
        ComplaintAction.Review when ReviewDecision is not null => "本件已复核",
        ComplaintAction.Close => CloseProblem(),
        ComplaintAction.Archive when Status == ComplaintStatus.Closed && LookBackSelected is null => "尚未确定是否需要回头看（每日自动确定）",
        ComplaintAction.Archive when LookBackSelected == true && LookBackOutcome is null => "须先完成回头看才能归档",
        ComplaintAction.RecordLookBack when LookBackSelected != true => "本件不需要回头看",
        ComplaintAction.RecordLookBack when LookBackOutcome is not null => "本件已完成回头看",
        ComplaintAction.RecordLookBack when OpenDeadline(DeadlineKind.LookBackBy) is { } due && ChinaTime.DateOf(now) <= due.StartedOn =>
            $"回头看自 {due.StartedOn.AddDays(1):yyyy-MM-dd} 起进行",
        ComplaintAction.RequestExtension => ExtensionRequestProblem(now),
        ComplaintAction.ApproveExtension or ComplaintAction.RefuseExtension when PendingExtension is null => "没有待审批的延期申请",
        _ => null,
    };

    /// <summary>R-8: a case closes only with a handling result, a reply (written for written complaints) and a return visit or its recorded absence.</summary>
    private string? CloseProblem() =>
        Finding is null ? "尚未记录处理结果（属实/部分属实/不属实）"
        : ReplyText is null ? "尚未答复投诉人"
        : Form == ComplaintForm.Written && !ReplyWritten ? "书面投诉须书面答复"
        : VisitResult is null ? "尚未回访"
        : VisitResult == Complaints.VisitResult.Dissatisfied && ReviewDecision is null ? "投诉人不满意：须重办或经复核后方可办结"
        : null;

    private string? ExtensionRequestProblem(DateTimeOffset now) =>
        HandlingDeadline is not { } deadline ? "没有可以延期的办理时限"
        : now > deadline.DueAt ? "已超过办理期限，延期须在到期前申请"
        : PendingExtension is not null ? "已有待审批的延期申请"
        : null;
}
