using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Domain.Statistics;

/// <summary>The few facts of one complaint that the KPIs (R-24…R-28) need; a query projects them, the formulas below count them.</summary>
public sealed record ComplaintFacts(
    DateOnly RegisteredOn,
    ComplaintStatus Status,
    bool Accepted,
    bool Rejected,
    bool Anonymous,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? HandlingDueAt,
    DateOnly? AcceptedOn,
    DateOnly? ClosedOn,
    Finding? Finding,
    VisitResult? VisitResult,
    int ReopenCount);
