namespace ComplaintMonitor.Domain.Complaints;

/// <summary>不予受理 reason codes. The first four are 定州's verified list; the last two are common local extras.</summary>
public enum RejectionReason
{
    /// <summary>没有明确被投诉人或投诉内容</summary>
    NoRespondentOrContent,
    /// <summary>不能提供有效证据或无法核实</summary>
    NoEvidenceUnverifiable,
    /// <summary>不属于政务服务范畴</summary>
    OutOfScope,
    /// <summary>已进入行政复议或诉讼程序</summary>
    InReconsiderationOrLitigation,
    /// <summary>重复投诉且无新事实</summary>
    DuplicateNoNewFacts,
    /// <summary>属于信访事项</summary>
    BelongsToXinfang,
}
