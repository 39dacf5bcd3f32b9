using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// "This case changed": written in the same transaction as the change (see <see cref="ComplaintChangeInterceptor"/>),
/// consumed and deleted by the incremental rollup. Unlike a timestamp watermark it misses nothing that commits late
/// or carries an old time (imports, seeding, clock skew between instances).
/// </summary>
public sealed class StatQueueEntry
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public Complaint? Complaint { get; set; }
}
