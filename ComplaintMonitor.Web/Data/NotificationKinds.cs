namespace ComplaintMonitor.Web.Data;

public static class NotificationKinds
{
    /// <summary>催办: a deadline turned 黄灯.</summary>
    public const string Remind = "Remind";

    /// <summary>督办: a deadline turned 红灯.</summary>
    public const string Supervise = "Supervise";

    /// <summary>超期升级: red beyond the escalation limit.</summary>
    public const string Escalate = "Escalate";

    /// <summary>每日摘要.</summary>
    public const string Digest = "Digest";

    public const string Assigned = "Assigned";
    public const string Reopened = "Reopened";
    public const string ExtensionDecided = "ExtensionDecided";

    /// <summary>差评申诉待复核 (to supervisors and leaders).</summary>
    public const string AppealFiled = "AppealFiled";

    /// <summary>申诉复核结果 (to the filer).</summary>
    public const string AppealDecided = "AppealDecided";
}
