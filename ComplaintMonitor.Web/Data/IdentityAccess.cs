namespace ComplaintMonitor.Web.Data;

/// <summary>
/// One view of a complainant's unmasked identity (R-19: who, when, which case). Written in the same transaction as the
/// case's <c>RevealIdentity</c> history row; never updated.
/// </summary>
public sealed class IdentityAccess
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
