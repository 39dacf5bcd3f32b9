using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// The facts of a case as last counted into <see cref="StatRow"/>. An incremental rollup subtracts these and adds
/// the case's current facts, so it touches only what changed, and running it twice changes nothing.
/// </summary>
public sealed class ComplaintStatFact
{
    public long ComplaintId { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public int UnitId { get; set; }
    public int WindowId { get; set; }
    public int StaffId { get; set; }
    public Channel Channel { get; set; }
    public ComplaintCategory Category { get; set; }
    public bool Accepted { get; set; }
    public bool Rejected { get; set; }
    public bool Anonymous { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public bool HandledOnTime { get; set; }
    public VisitResult? VisitResult { get; set; }
    public Finding? Finding { get; set; }
    public int ReopenCount { get; set; }
    public int? HandlingWorkingDays { get; set; }
    public LookBackOutcome? LookBack { get; set; }
    public bool RealNameBadRating { get; set; }
    public bool VisitedAndRectified { get; set; }

    public ComplaintFacts ToFacts() => new(ComplaintId, RegisteredOn, UnitId, WindowId, StaffId, Channel, Category, Accepted, Rejected,
        Anonymous, ClosedOn, HandledOnTime, VisitResult, Finding, ReopenCount, HandlingWorkingDays, LookBack, RealNameBadRating, VisitedAndRectified);
}
