namespace ComplaintMonitor.Domain.Complaints;

/// <summary>回访方式.</summary>
public enum VisitMethod
{
    Phone,
    OnSite,
    Sms,
    Online,
    Letter,
}
