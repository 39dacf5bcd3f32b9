using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>Walks one demo case through the workflow with plausible delays, stopping where "now" is reached.</summary>
internal sealed class DemoJourney(Random r, DemoComplaints.Organisation o, Actor supervisor, DateTimeOffset now, WorkflowContext context)
{
    private DateTimeOffset _t;
    private bool _stalls;

    public void Walk(Complaint c, DateTimeOffset registeredAt, int unitId, int? respondentStaffId)
    {
        _t = registeredAt;
        // Some recent cases stall part-way, as real ones do: they are what the amber and red lists are for.
        _stalls = now - registeredAt < TimeSpan.FromDays(30) && r.NextDouble() < 0.3;
        if (!Step(c, supervisor, 4, RollAcceptance()))
        {
            return;
        }
        if (c.Status != ComplaintStatus.Accepted)
        {
            if (c.Status is ComplaintStatus.Rejected or ComplaintStatus.Withdrawn && Later(30))
            {
                Step(c, supervisor, 24 * 20, new ArchiveCommand());
            }
            return;
        }
        if (r.NextDouble() < 0.2 && c.Form == ComplaintForm.Oral)
        {
            if (!Step(c, supervisor, 1, new ResolveOnSiteCommand(Finding.PartlyUpheld, "当场协调，窗口负责人致歉并优先办理")))
            {
                return;
            }
        }
        else
        {
            var handlerStaff = o.Staff.Where(s => s.UnitId == unitId && s.Id != respondentStaffId).Select(s => (int?)s.Id).FirstOrDefault();
            var handler = new Actor($"demo-handler-{unitId}", "承办（演示）", UserRole.Handler, handlerStaff, unitId);
            int[] coUnits = c.Complexity == Complexity.Complex && r.NextDouble() < 0.5 ? [o.UnitIds.First(u => u != unitId)] : [];
            if (!Step(c, supervisor, 6, new AssignCommand(unitId, coUnits, handlerStaff))
                || !Step(c, handler, 20, new StartInvestigationCommand())
                || !Handle(c, handler))
            {
                return;
            }
        }
        if (!Step(c, supervisor, 10, new ReplyCommand("经调查核实，已将处理结果告知您。", c.Form == ComplaintForm.Written)))
        {
            return;
        }
        var visit = c.Complainant.Anonymous
            ? new ReturnVisitCommand(VisitResult.NotVisitedAnonymous, VisitMethod.Phone, "匿名投诉")
            : new ReturnVisitCommand(r.NextDouble() switch { < 0.70 => VisitResult.Satisfied, < 0.88 => VisitResult.BasicallySatisfied, < 0.97 => VisitResult.Dissatisfied, _ => VisitResult.NotVisitedUnreachable },
                VisitMethod.Phone, "电话回访");
        if (!Step(c, supervisor, 30, visit))
        {
            return;
        }
        if (c.VisitResult == VisitResult.Dissatisfied
            && !Step(c, supervisor, 8, new ReviewCommand("经复核，原处理符合规定，向投诉人做好解释")))
        {
            return;
        }
        if (!Step(c, supervisor, 8, new CloseCommand()) || !Later(2))
        {
            return;
        }
        // Closing decided the 回头看; selected cases are checked some two weeks later.
        if (c.LookBackSelected == true)
        {
            var startsOn = c.OpenDeadline(DeadlineKind.LookBackBy)!.StartedOn;
            _t = new DateTimeOffset(startsOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
            var outcome = r.NextDouble() < 0.9 ? LookBackOutcome.Consolidated : LookBackOutcome.Rebounded;
            if (!Step(c, supervisor, 48, new RecordLookBackCommand(outcome, outcome == LookBackOutcome.Consolidated ? "整改措施落实到位，未再发生同类问题" : "同类问题再次出现，已重新督办")))
            {
                return;
            }
        }
        if (Later(30))
        {
            Step(c, supervisor, 24 * 20, new ArchiveCommand());
        }
    }

    private bool Handle(Complaint c, Actor handler)
    {
        var finding = r.NextDouble() switch { < 0.45 => Finding.Upheld, < 0.65 => Finding.PartlyUpheld, _ => Finding.NotUpheld };
        // A few cases run late or ask for more time, so the dashboards have amber and red to show.
        if (r.NextDouble() < 0.06 && Step(c, handler, 4, new RequestExtensionCommand("需协调其他部门调取材料")))
        {
            Step(c, supervisor, 4, new ApproveExtensionCommand("同意延期"));
        }
        var hours = r.NextDouble() < 0.12 ? 24 * 8 : 30;
        // A 差评 case records how it was put right: explained when unfounded, otherwise mostly at once.
        RectificationMode? rectification = !c.IsBadRatingCase ? null
            : finding == Finding.NotUpheld ? RectificationMode.Explanation
            : r.NextDouble() < 0.7 ? RectificationMode.Immediate : RectificationMode.Scheduled;
        return Step(c, handler, hours, new RecordHandlingCommand(finding, "调取窗口录像并询问当事人",
            finding == Finding.NotUpheld ? "向投诉人解释说明相关政策" : "对当事人批评教育，纳入月度考核", Rectification: rectification));
    }

    private ComplaintCommand RollAcceptance() => r.NextDouble() switch
    {
        < 0.05 => new RejectCommand([RejectionReason.OutOfScope], "您反映的事项不属于政务服务投诉范围，建议通过相关渠道反映。"),
        < 0.07 => new WithdrawCommand("投诉人表示问题已自行解决"),
        _ => new AcceptCommand(),
    };

    /// <summary>Applies the action after a random delay of up to the given hours, unless that would be in the future.</summary>
    private bool Step(Complaint c, Actor actor, int maxHours, ComplaintCommand command)
    {
        var next = _t.AddMinutes(r.Next(10, maxHours * 60));
        if (next > now || (_stalls && r.NextDouble() < 0.3))
        {
            return false;
        }
        if (c.PermissionProblem(command.Action, actor, context) is not null || !ComplaintWorkflow.IsLegal(c.Status, command.Action)
            || c.GuardProblem(command.Action, next, context) is not null)
        {
            return false;
        }
        c.Apply(command, actor, next, context);
        _t = next;
        return true;
    }

    private bool Later(int days) => _t.AddDays(days) < now;
}
