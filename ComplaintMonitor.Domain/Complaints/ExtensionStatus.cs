namespace ComplaintMonitor.Domain.Complaints;

public enum ExtensionStatus
{
    Pending,
    Approved,
    Refused,
}
