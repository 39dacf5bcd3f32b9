namespace ComplaintMonitor.Web.Data;

/// <summary>
/// One view of a rater's unmasked identity (R-19, protected like a complainant's: who, when, which rating). Written in
/// the same transaction as the reveal; the database refuses updates and deletes.
/// </summary>
public sealed class RaterAccess
{
    public long Id { get; set; }
    public long EvaluationId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
