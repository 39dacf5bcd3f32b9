namespace ComplaintMonitor.Domain.Complaints;

/// <summary>Everything a user can do to a complaint after registration; each one is a row group in <see cref="ComplaintWorkflow"/>.</summary>
public enum ComplaintAction
{
    /// <summary>受理</summary>
    Accept,
    /// <summary>不予受理</summary>
    Reject,
    /// <summary>要求补正</summary>
    RequestInfo,
    /// <summary>补正材料</summary>
    SupplyInfo,
    /// <summary>当场处理</summary>
    ResolveOnSite,
    /// <summary>转办 / 改派</summary>
    Assign,
    /// <summary>开始调查</summary>
    StartInvestigation,
    /// <summary>处置 (结论与整改措施)</summary>
    RecordHandling,
    /// <summary>答复</summary>
    Reply,
    /// <summary>回访</summary>
    ReturnVisit,
    /// <summary>重办</summary>
    Reopen,
    /// <summary>复核</summary>
    Review,
    /// <summary>办结</summary>
    Close,
    /// <summary>归档</summary>
    Archive,
    /// <summary>撤回</summary>
    Withdraw,
    /// <summary>申请延期</summary>
    RequestExtension,
    /// <summary>批准延期</summary>
    ApproveExtension,
    /// <summary>驳回延期</summary>
    RefuseExtension,
    /// <summary>回头看</summary>
    RecordLookBack,
}
