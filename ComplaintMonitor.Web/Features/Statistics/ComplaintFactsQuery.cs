using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>Projects the stored columns the domain's <see cref="ComplaintFacts.Of"/> needs; the definition of each fact stays in the domain.</summary>
public static class ComplaintFactsQuery
{
    public sealed record Row(
        long Id, DateTimeOffset RegisteredAt, int? UnitId, int? WindowId, int? StaffId, Channel Channel, ComplaintCategory Category,
        DateTimeOffset? AcceptedAt, ComplaintStatus Status, bool Anonymous, DateTimeOffset? ClosedAt, DateTimeOffset? HandlingCompletedAt,
        DateTimeOffset? HandlingDueAt, VisitResult? Visit, Finding? Finding, int ReopenCount, bool WasRejected, LookBackOutcome? LookBack);

    /// <summary>The case columns only; <see cref="LoadRangeAsync"/> adds the handling deadline from one range read of the deadlines.</summary>
    private sealed record CaseRow(
        long Id, DateTimeOffset RegisteredAt, int? UnitId, int? WindowId, int? StaffId, Channel Channel, ComplaintCategory Category,
        DateTimeOffset? AcceptedAt, ComplaintStatus Status, bool Anonymous, DateTimeOffset? ClosedAt, VisitResult? Visit, Finding? Finding,
        int ReopenCount, bool WasRejected, LookBackOutcome? LookBack);

    /// <summary>
    /// The rows of the cases with ids in [<paramref name="fromId"/>, <paramref name="toId"/>] (a full recompute walks the
    /// table this way): two range reads instead of two correlated subqueries per case.
    /// </summary>
    public static async Task<List<Row>> LoadRangeAsync(AppDbContext db, long fromId, long toId, CancellationToken ct)
    {
        var cases = await db.Complaints.AsNoTracking().Where(c => c.Id >= fromId && c.Id <= toId).OrderBy(c => c.Id)
            .Select(c => new CaseRow(c.Id, c.RegisteredAt, c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId, c.Channel, c.Category,
                c.AcceptedAt, c.Status, c.Complainant.Anonymous, c.ClosedAt, c.VisitResult, c.Finding, c.ReopenCount, c.RejectionNotice != null, c.LookBackOutcome))
            .ToListAsync(ct);
        var handling = (await db.Deadlines.AsNoTracking()
                .Where(d => d.ComplaintId >= fromId && d.ComplaintId <= toId && (d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy))
                .Select(d => new { d.ComplaintId, d.Id, d.CompletedAt, d.DueAt }).ToListAsync(ct))
            .GroupBy(d => d.ComplaintId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!);
        return [.. cases.Select(c =>
        {
            var h = handling.GetValueOrDefault(c.Id);
            return new Row(c.Id, c.RegisteredAt, c.UnitId, c.WindowId, c.StaffId, c.Channel, c.Category, c.AcceptedAt, c.Status, c.Anonymous, c.ClosedAt,
                h?.CompletedAt, h?.DueAt, c.Visit, c.Finding, c.ReopenCount, c.WasRejected, c.LookBack);
        })];
    }

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
