using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Organisation;

namespace ComplaintMonitor.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// Records that a deadline reached a warning level (催办 / 督办 / 升级): marks the deadline and appends a history row.
    /// The case itself does not change, so its version stays and no open form goes stale.
    /// </summary>
    public HistoryEntry RecordDeadlineAlert(Deadline deadline, DeadlineAlertLevel level, DateTimeOffset now)
    {
        if (!_deadlines.Contains(deadline))
        {
            throw new DomainException("期限不属于本件投诉");
        }
        if (level <= deadline.AlertLevel || deadline.LevelAt(now) < level)
        {
            throw new DomainException($"期限尚未到达或已提示过该级别：{level}");
        }
        deadline.MarkAlerted(level);
        var action = level switch
        {
            DeadlineAlertLevel.Yellow => "Remind",
            DeadlineAlertLevel.Red => "Supervise",
            _ => "EscalateOverdue",
        };
        var entry = new HistoryEntry(now, Actor.System, action, Status, Status,
            Serialize(new { deadline.Kind, Level = level, deadline.DueOn }));
        _history.Add(entry);
        return entry;
    }
}
