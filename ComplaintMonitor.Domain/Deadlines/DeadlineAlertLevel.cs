namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>Warnings a deadline raises, in order. Stored as numbers so "not yet alerted at this level" is a range.</summary>
public enum DeadlineAlertLevel
{
    None = 0,
    /// <summary>黄灯 → 催办 to the handler.</summary>
    Yellow = 1,
    /// <summary>红灯 → 督办 to the unit head and the supervisors.</summary>
    Red = 2,
    /// <summary>Red beyond the escalation limit → reported to the centre leadership.</summary>
    Leadership = 3,
}
