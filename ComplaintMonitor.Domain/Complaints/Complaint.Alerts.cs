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
        var entry = RecordDeadlineAlert(deadline, Status, level, now);
        _history.Add(entry);
        return entry;
    }

    /// <summary>
    /// The same record for a deadline read without its case (the scan reads only the columns it needs): marks the
    /// deadline and returns the history row the caller stores for the case, whose current status is <paramref name="status"/>.
    /// </summary>
    public static HistoryEntry RecordDeadlineAlert(Deadline deadline, ComplaintStatus status, DeadlineAlertLevel level, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
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
        return new HistoryEntry(now, Actor.System, action, status, status, Serialize(new { deadline.Kind, Level = level, deadline.DueOn }));
    }
}
