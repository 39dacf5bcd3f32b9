namespace ComplaintMonitor.Domain.Deadlines;

/// <summary>The named deadlines of a case, each started at its own moment.</summary>
public enum DeadlineKind
{
    /// <summary>受理时限 (for a 差评 case: 首次联系时限).</summary>
    AcceptBy,
    /// <summary>办理答复时限.</summary>
    ReplyBy,
    /// <summary>整改反馈时限 (差评 cases).</summary>
    RectifyBy,
    /// <summary>回访时限.</summary>
    ReturnVisitBy,
    /// <summary>回头看时限: the follow-up check of a closed case.</summary>
    LookBackBy,
}
