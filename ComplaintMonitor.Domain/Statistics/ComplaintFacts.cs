using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Domain.Statistics;

/// <summary>
/// The facts of one complaint that the KPIs (R-24…R-28) count, and where they count: registration figures on the day
/// of registration, closing figures on the day of closure. Dimensions are the respondent (R-32: the assessment is
/// about the window and staff complained of); 0 stands for "none".
/// </summary>
public sealed record ComplaintFacts(
    long ComplaintId,
    DateOnly RegisteredOn,
    int UnitId,
    int WindowId,
    int StaffId,
    Channel Channel,
    ComplaintCategory Category,
    bool Accepted,
    bool Rejected,
    bool Anonymous,
    DateOnly? ClosedOn,
    bool HandledOnTime,
    VisitResult? VisitResult,
    Finding? Finding,
    int ReopenCount,
    int? HandlingWorkingDays,
    LookBackOutcome? LookBack = null,
    bool RealNameBadRating = false,
    bool VisitedAndRectified = false)
{
    /// <summary>
    /// Derives the facts from a case's stored columns. 按时办结 means the last handling deadline (reply-by or
    /// rectify-by, after approved extensions) was met; handling time runs from acceptance to closure in working days.
    /// </summary>
    public static ComplaintFacts Of(
        long id, DateTimeOffset registeredAt, int? unitId, int? windowId, int? staffId, Channel channel, ComplaintCategory category,
        DateTimeOffset? acceptedAt, ComplaintStatus status, bool anonymous, DateTimeOffset? closedAt,
        DateTimeOffset? handlingCompletedAt, DateTimeOffset? handlingDueAt, VisitResult? visit, Finding? finding, int reopenCount,
        bool wasRejected, LookBackOutcome? lookBack, WorkingDayCalendar calendar, bool badRatingCase = false, RectificationMode? rectification = null)
    {
        DateOnly? closedOn = closedAt is { } c ? ChinaTime.DateOf(c) : null;
        int? handlingDays = closedOn is { } co && acceptedAt is { } a ? calendar.WorkingDaysBetween(ChinaTime.DateOf(a), co) : null;
        return new ComplaintFacts(id, ChinaTime.DateOf(registeredAt), unitId ?? 0, windowId ?? 0, staffId ?? 0, channel, category,
            acceptedAt is not null, wasRejected || status == ComplaintStatus.Rejected, anonymous, closedOn,
            handlingCompletedAt is { } done && handlingDueAt is { } due && done <= due,
            visit, finding, reopenCount, handlingDays, lookBack,
            RealNameBadRating: badRatingCase && !anonymous,
            VisitedAndRectified: visit is not null && rectification is not null);
    }

    /// <summary>What this case adds to the row of its registration day.</summary>
    public StatCounts RegisteredCounts() => new()
    {
        Registered = 1,
        Accepted = Accepted ? 1 : 0,
        Rejected = Rejected ? 1 : 0,
        // 实名差评回访整改率 is a cohort rate: a 差评 counts on the day it was registered, and joins the numerator there once visited and rectified.
        BadRatingsRealName = RealNameBadRating ? 1 : 0,
        BadRatingsRealNameVisitedRectified = RealNameBadRating && VisitedAndRectified ? 1 : 0,
    };

    /// <summary>What this case adds to the row of its closing day (nothing while open).</summary>
    public StatCounts ClosedCounts() => ClosedOn is null ? StatCounts.Zero : new()
    {
        Closed = 1,
        ClosedOnTime = HandledOnTime ? 1 : 0,
        ClosedNotAnonymous = Anonymous ? 0 : 1,
        ClosedVisited = !Anonymous && VisitResult is Complaints.VisitResult.Satisfied or Complaints.VisitResult.BasicallySatisfied or Complaints.VisitResult.Dissatisfied ? 1 : 0,
        Satisfied = VisitResult == Complaints.VisitResult.Satisfied ? 1 : 0,
        BasicallySatisfied = VisitResult == Complaints.VisitResult.BasicallySatisfied ? 1 : 0,
        Dissatisfied = VisitResult == Complaints.VisitResult.Dissatisfied ? 1 : 0,
        Upheld = Finding == Complaints.Finding.Upheld ? 1 : 0,
        PartlyUpheld = Finding == Complaints.Finding.PartlyUpheld ? 1 : 0,
        NotUpheld = Finding == Complaints.Finding.NotUpheld ? 1 : 0,
        ClosedReopened = ReopenCount > 0 ? 1 : 0,
        HandlingWorkingDaysSum = HandlingWorkingDays ?? 0,
        HandlingCount = HandlingWorkingDays is null ? 0 : 1,
        LookBackConsolidated = LookBack == LookBackOutcome.Consolidated ? 1 : 0,
        LookBackRebounded = LookBack == LookBackOutcome.Rebounded ? 1 : 0,
    };
}
