namespace ComplaintMonitor.Domain.Complaints;

/// <summary>回访结果: the complainant's verdict, or why no visit could be made.</summary>
public enum VisitResult
{
    /// <summary>满意</summary>
    Satisfied,
    /// <summary>基本满意</summary>
    BasicallySatisfied,
    /// <summary>不满意</summary>
    Dissatisfied,
    /// <summary>匿名投诉，无法回访</summary>
    NotVisitedAnonymous,
    /// <summary>联系不上</summary>
    NotVisitedUnreachable,
}
