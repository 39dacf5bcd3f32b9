using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

public sealed partial class Complaint
{
    private const DeadlineRule OrdinaryRule = global::ComplaintMonitor.Domain.Deadlines.DeadlineRule.Ordinary;

    private void Execute(ComplaintCommand command, Actor actor, DateTimeOffset now, WorkflowContext context)
    {
        var today = ChinaTime.DateOf(now);
        var policy = context.Policy;
        switch (command)
        {
            case AcceptCommand:
                CompleteDeadline(DeadlineKind.AcceptBy, now);
                AcceptedAt = now;
                DeadlineRule = DeadlinePolicy.RuleFor(Complexity, HotlineTransfer, IsBadRatingCase, unitCount: 0);
                if (!IsBadRatingCase)
                {
                    StartDeadline(DeadlineKind.ReplyBy, today, policy.ReplyWorkingDays(DeadlineRule.Value), context);
                }
                break;

            case RejectCommand reject:
                if (reject.Reasons is not { Count: > 0 })
                {
                    throw new DomainException("不予受理须至少选择一项理由");
                }
                RejectionReasons = [.. reject.Reasons.Distinct()];
                RejectionNotice = Required(reject.NoticeText, "请填写不予受理告知内容");
                CompleteAllDeadlines(now);
                break;

            case RequestInfoCommand request:
                Required(request.WhatIsMissing, "请说明需要补正的内容");
                // the accept-by clock pauses until the information arrives.
                OpenDeadline(DeadlineKind.AcceptBy)?.Pause(today);
                break;

            case SupplyInfoCommand supply:
                Required(supply.WhatWasSupplied, "请说明补正了哪些材料");
                OpenDeadline(DeadlineKind.AcceptBy)?.Resume(today, context.Calendar, policy);
                break;

            case ResolveOnSiteCommand onSite:
                Measures = Required(onSite.Measures, "请填写当场处理情况");
                Finding = onSite.Finding;
                Responsibility = onSite.Responsibility?.Trim();
                break;

            case AssignCommand assign:
                Assign(assign, context);
                break;

            case StartInvestigationCommand:
                break;

            case RecordHandlingCommand handling:
                var notes = Required(handling.InvestigationNotes, "请填写调查核实情况");
                Measures = Required(handling.Measures, "请填写处理意见或整改措施");
                InvestigationNotes = notes;
                Finding = handling.Finding;
                Responsibility = handling.Responsibility?.Trim();
                // a 差评 case states how it was dealt with: 立行立改, 台账限期整改 or 解释说明.
                Rectification = IsBadRatingCase
                    ? handling.Rectification ?? throw new DomainException("差评工单须选择整改方式（立行立改、台账限期整改或解释说明）")
                    : handling.Rectification;
                break;

            case ReplyCommand reply:
                if (Form == ComplaintForm.Written && !reply.Written)
                {
                    throw new DomainException("书面投诉须书面答复");
                }
                ReplyText = Required(reply.Text, "请填写答复内容");
                ReplyWritten = reply.Written;
                RepliedAt = now;
                CompleteDeadline(DeadlineKind.ReplyBy, now);
                CompleteDeadline(DeadlineKind.RectifyBy, now);
                if (!Complainant.Anonymous)
                {
                    StartDeadline(DeadlineKind.ReturnVisitBy, today, policy.ReturnVisitWorkingDays, context);
                }
                break;

            case ReturnVisitCommand visit:
                RecordVisit(visit, now, policy);
                break;

            case ReopenCommand reopen:
                Required(reopen.Reason, "请填写重办理由");
                ReopenCount++;
                StartDeadline(DeadlineKind.ReplyBy, today, policy.ReplyWorkingDays(DeadlineRule ?? OrdinaryRule), context);
                break;

            case ReviewCommand review:
                ReviewDecision = Required(review.Decision, "请填写复核意见及理由");
                break;

            case CloseCommand:
                ClosedAt = now;
                CompleteAllDeadlines(now);
                break;

            case ArchiveCommand:
                ArchivedAt = now;
                break;

            case WithdrawCommand withdraw:
                WithdrawReason = Required(withdraw.Reason, "请填写撤回原因");
                CompleteAllDeadlines(now);
                break;

            case RequestExtensionCommand ext:
                var days = ext.WorkingDays ?? policy.ExtensionWorkingDays;
                if (days is < 1 or > 30)
                {
                    throw new DomainException("延期天数应在 1 到 30 个工作日之间");
                }
                _extensions.Add(new ExtensionRequest(HandlingDeadline!.Kind, ApprovedExtensions + 1, actor.UserId, actor.DisplayName, now,
                    Required(ext.Reason, "请填写延期理由"), days));
                break;

            case ApproveExtensionCommand approve:
                var approved = PendingExtension!;
                approved.Decide(true, actor.UserId, actor.DisplayName, now, approve.Note?.Trim());
                OpenDeadline(approved.Kind)?.Extend(approved.WorkingDays, context.Calendar, policy);
                break;

            case RecordLookBackCommand lookBack:
                LookBackNotes = Required(lookBack.Notes, "请填写回头看情况");
                LookBackOutcome = lookBack.Outcome;
                LookBackAt = now;
                CompleteDeadline(DeadlineKind.LookBackBy, now);
                break;

            case RefuseExtensionCommand refuse:
                PendingExtension!.Decide(false, actor.UserId, actor.DisplayName, now, Required(refuse.Reason, "请填写驳回理由"));
                break;

            default:
                throw new InvalidTransitionException(Status, command.Action);
        }
    }

    private void Assign(AssignCommand assign, WorkflowContext context)
    {
        var coUnits = assign.CoUnitIds?.Distinct().ToList() ?? [];
        if (coUnits.Contains(assign.LeadUnitId))
        {
            throw new DomainException("牵头单位不能同时作为协办单位");
        }
        if (assign.HandlerStaffId is { } handler && handler == RespondentStaffId)
        {
            throw new NotPermittedException("被投诉人不能承办本件（回避）");
        }
        LeadUnitId = assign.LeadUnitId;
        CoUnitIds = coUnits;
        HandlerStaffId = assign.HandlerStaffId;

        // two or more units make the case complex, which lengthens a shorter reply limit already running.
        var rule = DeadlinePolicy.RuleFor(Complexity, HotlineTransfer, IsBadRatingCase, 1 + coUnits.Count);
        var replyBy = HandlingDeadline;
        if (rule != DeadlineRule && replyBy is not null && context.Policy.ReplyWorkingDays(rule) > replyBy.WorkingDays)
        {
            DeadlineRule = rule;
            replyBy.ChangeAllowance(context.Policy.ReplyWorkingDays(rule), context.Calendar, context.Policy);
        }
        // the 交办单 has its own due date, at or before the case's.
        var caseDue = replyBy?.DueOn;
        if (assign.OrderDueOn is { } due && caseDue is { } limit && due > limit)
        {
            throw new DomainException($"交办单期限不能晚于本件答复期限 {limit:yyyy-MM-dd}");
        }
        OrderDueOn = assign.OrderDueOn ?? caseDue;
    }

    private void RecordVisit(ReturnVisitCommand visit, DateTimeOffset now, DeadlinePolicy policy)
    {
        switch (visit.Result)
        {
            case Complaints.VisitResult.NotVisitedAnonymous when !Complainant.Anonymous:
                throw new DomainException("实名投诉不能以“匿名无法回访”结案，请回访或记录联系不上的原因");
            case Complaints.VisitResult.NotVisitedUnreachable when string.IsNullOrWhiteSpace(visit.Notes):
                throw new DomainException("请记录无法联系的原因");
            case Complaints.VisitResult.Satisfied or Complaints.VisitResult.BasicallySatisfied or Complaints.VisitResult.Dissatisfied
                when Complainant.Anonymous:
                throw new DomainException("匿名投诉无法回访，请选择“匿名无法回访”");
        }
        VisitResult = visit.Result;
        VisitMethod = visit.Method;
        VisitNotes = visit.Notes?.Trim();
        VisitedAt = now;
        ReviewDecision = null;
        CompleteDeadline(DeadlineKind.ReturnVisitBy, now);
        // dissatisfied again after the allowed reopenings goes to the centre leadership.
        if (visit.Result == Complaints.VisitResult.Dissatisfied && ReopenCount >= policy.MaxReopenings)
        {
            EscalatedToLeadership = true;
        }
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : value.Trim();
}
