using ComplaintMonitor.Domain.Deadlines;

namespace ComplaintMonitor.Web.Data;

/// <summary>One warning raised by the deadline scan. Unique per (deadline, level, due date): re-running the scan never repeats it.</summary>
public sealed class DeadlineAlert
{
    public long Id { get; set; }
    public long DeadlineId { get; set; }
    public long ComplaintId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DeadlineAlertLevel Level { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
