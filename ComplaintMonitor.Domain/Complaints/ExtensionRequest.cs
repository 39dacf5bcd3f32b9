using ComplaintMonitor.Domain.Deadlines;

namespace ComplaintMonitor.Domain.Complaints;

/// <summary>延期申请: requested before the due date with a reason, decided by someone else; a later one needs a higher level.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest() { }

    internal ExtensionRequest(DeadlineKind kind, int level, string requestedBy, string requestedByName, DateTimeOffset at, string reason, int workingDays)
    {
        Kind = kind;
        Level = level;
        RequestedBy = requestedBy;
        RequestedByName = requestedByName;
        RequestedAt = at;
        Reason = reason;
        WorkingDays = workingDays;
    }

    public long Id { get; private set; }
    public long ComplaintId { get; private set; }
    public DeadlineKind Kind { get; private set; }

    /// <summary>1 for the first extension of the case, 2 for the second …</summary>
    public int Level { get; private set; }

    public string RequestedBy { get; private set; } = "";
    public string RequestedByName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string Reason { get; private set; } = "";
    public int WorkingDays { get; private set; }
    public ExtensionStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    internal void Decide(bool approve, string by, string byName, DateTimeOffset at, string? note)
    {
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        DecidedBy = by;
        DecidedByName = byName;
        DecidedAt = at;
        DecisionNote = note;
    }
}
