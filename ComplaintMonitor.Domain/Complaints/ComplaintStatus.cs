namespace ComplaintMonitor.Domain.Complaints;

/// <summary>Workflow states. The Chinese names are the ones the UI shows.</summary>
public enum ComplaintStatus
{
    /// <summary>登记</summary>
    Registered,
    /// <summary>待补正 — the accept-by clock is paused.</summary>
    NeedInfo,
    /// <summary>受理</summary>
    Accepted,
    /// <summary>不予受理</summary>
    Rejected,
    /// <summary>当场处理</summary>
    ResolvedOnSite,
    /// <summary>转办 (交办 to a lead unit and co-units)</summary>
    Assigned,
    /// <summary>调查核实</summary>
    Investigating,
    /// <summary>处置完毕</summary>
    Handled,
    /// <summary>已答复</summary>
    Replied,
    /// <summary>已回访</summary>
    Visited,
    /// <summary>重办</summary>
    Reopened,
    /// <summary>办结</summary>
    Closed,
    /// <summary>撤回</summary>
    Withdrawn,
    /// <summary>归档 — read-only.</summary>
    Archived,
}
