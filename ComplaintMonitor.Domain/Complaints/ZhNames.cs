using ComplaintMonitor.Domain.Deadlines;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>The domain's own Chinese names, used in domain messages and history; the UI translates through its resources.</summary>
public static class ZhNames
{
    public static string Of(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Registered => "登记",
        ComplaintStatus.NeedInfo => "待补正",
        ComplaintStatus.Accepted => "受理",
        ComplaintStatus.Rejected => "不予受理",
        ComplaintStatus.ResolvedOnSite => "当场处理",
        ComplaintStatus.Assigned => "转办",
        ComplaintStatus.Investigating => "调查核实",
        ComplaintStatus.Handled => "处置完毕",
        ComplaintStatus.Replied => "已答复",
        ComplaintStatus.Visited => "已回访",
        ComplaintStatus.Reopened => "重办",
        ComplaintStatus.Closed => "办结",
        ComplaintStatus.Withdrawn => "撤回",
        ComplaintStatus.Archived => "归档",
        _ => s.ToString(),
    };

    public static string Of(ComplaintAction a) => a switch
    {
        ComplaintAction.Accept => "受理",
        ComplaintAction.Reject => "不予受理",
        ComplaintAction.RequestInfo => "要求补正",
        ComplaintAction.SupplyInfo => "补正材料",
        ComplaintAction.ResolveOnSite => "当场处理",
        ComplaintAction.Assign => "转办",
        ComplaintAction.StartInvestigation => "开始调查",
        ComplaintAction.RecordHandling => "处置",
        ComplaintAction.Reply => "答复",
        ComplaintAction.ReturnVisit => "回访",
        ComplaintAction.Reopen => "重办",
        ComplaintAction.Review => "复核",
        ComplaintAction.Close => "办结",
        ComplaintAction.Archive => "归档",
        ComplaintAction.Withdraw => "撤回",
        ComplaintAction.RequestExtension => "申请延期",
        ComplaintAction.ApproveExtension => "批准延期",
        ComplaintAction.RefuseExtension => "驳回延期",
        ComplaintAction.RecordLookBack => "回头看",
        _ => a.ToString(),
    };

    public static string Of(Channel c) => c switch
    {
        Channel.OnSite => "现场",
        Channel.Phone => "电话/12345",
        Channel.Website => "网站",
        Channel.WeChat => "微信/移动端",
        Channel.Letter => "信函",
        Channel.SuggestionBox => "意见箱",
        Channel.RatingDevice => "评价器/二维码",
        Channel.SelfServiceTerminal => "自助终端",
        _ => "其他",
    };

    public static string Of(ComplaintCategory c) => c switch
    {
        ComplaintCategory.ServiceAttitude => "服务态度",
        ComplaintCategory.Efficiency => "办事效率",
        ComplaintCategory.Competence => "业务能力",
        ComplaintCategory.Discipline => "工作纪律",
        ComplaintCategory.PolicyExecution => "政策执行",
        ComplaintCategory.Environment => "环境设施",
        _ => "其他",
    };

    public static string Of(RejectionReason r) => r switch
    {
        RejectionReason.NoRespondentOrContent => "没有明确被投诉人或投诉内容",
        RejectionReason.NoEvidenceUnverifiable => "不能提供有效证据或投诉内容无法核实",
        RejectionReason.OutOfScope => "投诉内容不属于政务服务范畴",
        RejectionReason.InReconsiderationOrLitigation => "投诉事项已进入行政复议或诉讼程序",
        RejectionReason.DuplicateNoNewFacts => "重复投诉且无新的事实和理由",
        RejectionReason.BelongsToXinfang => "属于信访事项，应通过信访渠道反映",
        _ => r.ToString(),
    };

    public static string Of(DeadlineKind kind) => kind switch
    {
        DeadlineKind.AcceptBy => "受理时限",
        DeadlineKind.ReplyBy => "答复时限",
        DeadlineKind.RectifyBy => "整改时限",
        DeadlineKind.ReturnVisitBy => "回访时限",
        DeadlineKind.LookBackBy => "回头看时限",
        _ => kind.ToString(),
    };
}
