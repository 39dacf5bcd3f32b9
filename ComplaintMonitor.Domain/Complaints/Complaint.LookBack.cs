using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// 回头看 decision for a closed case (the seed standard's "对已解决的事项进行回头看"): selected cases get a look-back
    /// deadline starting the policy's working days after closure and cannot be archived before it is recorded. Closing
    /// decides it at once; the daily job decides for closed cases that have no decision (closed before the rule existed).
    /// </summary>
    public HistoryEntry ScheduleLookBack(DateTimeOffset now, WorkflowContext context)
    {
        if (Status != ComplaintStatus.Closed || ClosedAt is null)
        {
            throw new DomainException("只有已办结的投诉才安排回头看");
        }
        if (LookBackSelected is not null)
        {
            throw new DomainException("本件已确定是否回头看");
        }
        Version++;
        UpdatedAt = now;
        return DecideLookBack(now, context);
    }

    private HistoryEntry DecideLookBack(DateTimeOffset now, WorkflowContext context)
    {
        var closedAt = ClosedAt!.Value;
        var policy = context.Policy;
        var selected = policy.SelectsForLookBack(CaseNumber, Finding);
        LookBackSelected = selected;
        DateOnly? dueOn = null;
        if (selected)
        {
            var startsOn = context.Calendar.AddWorkingDays(ChinaTime.DateOf(closedAt), policy.LookBackAfterWorkingDays).Date;
            StartDeadline(DeadlineKind.LookBackBy, startsOn, policy.LookBackWorkingDays, context);
            dueOn = _deadlines[^1].DueOn;
        }
        var entry = new HistoryEntry(now, Actor.System, "ScheduleLookBack", ComplaintStatus.Closed, ComplaintStatus.Closed, Serialize(new { Selected = selected, DueOn = dueOn }));
        _history.Add(entry);
        return entry;
    }
}
