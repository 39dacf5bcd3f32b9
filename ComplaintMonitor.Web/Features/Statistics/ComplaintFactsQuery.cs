using System.Linq.Expressions;
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
        DateTimeOffset? HandlingDueAt, VisitResult? Visit, Finding? Finding, int ReopenCount, bool WasRejected, LookBackOutcome? LookBack,
        bool BadRatingCase = false, RectificationMode? Rectification = null);

    /// <summary>The case columns only; the handling deadline is added from one read of the deadlines.</summary>
    private sealed record CaseRow(
        long Id, DateTimeOffset RegisteredAt, int? UnitId, int? WindowId, int? StaffId, Channel Channel, ComplaintCategory Category,
        DateTimeOffset? AcceptedAt, ComplaintStatus Status, bool Anonymous, DateTimeOffset? ClosedAt, VisitResult? Visit, Finding? Finding,
        int ReopenCount, bool WasRejected, LookBackOutcome? LookBack, bool BadRatingCase, RectificationMode? Rectification);

    /// <summary>The given cases: how the incremental run reads the queued ones (the full recompute reads ranges with <see cref="CaseRangeReader"/>).</summary>
    public static Task<List<Row>> LoadAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        LoadAsync(db, c => ids.Contains(c.Id), d => ids.Contains(d.ComplaintId), ct);

    /// <summary>Two reads (the cases, then their handling deadlines) instead of two correlated subqueries per case.</summary>
    private static async Task<List<Row>> LoadAsync(AppDbContext db, Expression<Func<Complaint, bool>> cases,
        Expression<Func<Deadline, bool>> ofThoseCases, CancellationToken ct)
    {
        var rows = await db.Complaints.AsNoTracking().Where(cases).OrderBy(c => c.Id)
            .Select(c => new CaseRow(c.Id, c.RegisteredAt, c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId, c.Channel, c.Category,
                c.AcceptedAt, c.Status, c.Complainant.Anonymous, c.ClosedAt, c.VisitResult, c.Finding, c.ReopenCount, c.RejectionNotice != null, c.LookBackOutcome,
                c.SourceEvaluationId != null, c.Rectification))
            .ToListAsync(ct);
        var handling = (await db.Deadlines.AsNoTracking().Where(ofThoseCases)
                .Where(d => d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy)
                .Select(d => new { d.ComplaintId, d.Id, d.CompletedAt, d.DueAt }).ToListAsync(ct))
            .GroupBy(d => d.ComplaintId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!);
        return [.. rows.Select(c =>
        {
            var h = handling.GetValueOrDefault(c.Id);
            return new Row(c.Id, c.RegisteredAt, c.UnitId, c.WindowId, c.StaffId, c.Channel, c.Category, c.AcceptedAt, c.Status, c.Anonymous, c.ClosedAt,
                h?.CompletedAt, h?.DueAt, c.Visit, c.Finding, c.ReopenCount, c.WasRejected, c.LookBack, c.BadRatingCase, c.Rectification);
        })];
    }

    public static ComplaintFacts ToFacts(Row r, WorkingDayCalendar calendar) => ComplaintFacts.Of(
        r.Id, r.RegisteredAt, r.UnitId, r.WindowId, r.StaffId, r.Channel, r.Category, r.AcceptedAt, r.Status, r.Anonymous, r.ClosedAt,
        r.HandlingCompletedAt, r.HandlingDueAt, r.Visit, r.Finding, r.ReopenCount, r.WasRejected, r.LookBack, calendar, r.BadRatingCase, r.Rectification);
}
