using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Projects the stored columns the domain's <see cref="ComplaintFacts.Of"/> needs; the definition of each fact stays in the domain.</summary>
public static class ComplaintFactsQuery
{
    public sealed record Row(
        long Id, DateTimeOffset RegisteredAt, int? UnitId, int? WindowId, int? StaffId, Channel Channel, ComplaintCategory Category,
        DateTimeOffset? AcceptedAt, ComplaintStatus Status, bool Anonymous, DateTimeOffset? ClosedAt, DateTimeOffset? HandlingCompletedAt,
        DateTimeOffset? HandlingDueAt, VisitResult? Visit, Finding? Finding, int ReopenCount, bool WasRejected, LookBackOutcome? LookBack);

    public static IQueryable<Row> Project(IQueryable<Complaint> complaints) => complaints.Select(c => new Row(
        c.Id, c.RegisteredAt, c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId, c.Channel, c.Category,
        c.AcceptedAt, c.Status, c.Complainant.Anonymous, c.ClosedAt,
        c.Deadlines.Where(d => d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy).OrderByDescending(d => d.Id).Select(d => d.CompletedAt).FirstOrDefault(),
        c.Deadlines.Where(d => d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy).OrderByDescending(d => d.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault(),
        c.VisitResult, c.Finding, c.ReopenCount, c.RejectionNotice != null, c.LookBackOutcome));

    public static ComplaintFacts ToFacts(Row r, WorkingDayCalendar calendar) => ComplaintFacts.Of(
        r.Id, r.RegisteredAt, r.UnitId, r.WindowId, r.StaffId, r.Channel, r.Category, r.AcceptedAt, r.Status, r.Anonymous, r.ClosedAt,
        r.HandlingCompletedAt, r.HandlingDueAt, r.Visit, r.Finding, r.ReopenCount, r.WasRejected, r.LookBack, calendar);
}
