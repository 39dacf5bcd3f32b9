using System.Linq.Expressions;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Components.Shared;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>What a case list shows: one metric of one scope over a period (the URL of <see cref="DrilldownLinks.Cases"/>).</summary>
public sealed record CaseListRequest(CaseMetric Metric, Scope Scope, int Id, DrilldownFilter Filter);

public sealed record CaseListRow(long Id, string CaseNumber, DateTimeOffset RegisteredAt, DateOnly? ClosedOn, ComplaintStatus Status,
    RespondentType RespondentType, string RespondentUnit, string RespondentWindow, string RespondentStaff, DeadlineSummary? Deadline);

/// <summary>Where a case list continues: the day the last row counted on and its id.</summary>
public sealed record CaseCursor(DateOnly Day, long Id);

/// <summary>One page of a case list in list order; <c>Next</c> is where the next page starts (keyset), or null on the last page.</summary>
public sealed record CasePageResult(IReadOnlyList<CaseListRow> Rows, CaseCursor? Next);

/// <summary>
/// The exact cases behind a scorecard number. The list reads <see cref="ComplaintStatFact"/> — each case's facts as the
/// rollup last counted them — with the same predicate <see cref="Domain.Statistics.ComplaintFacts.RegisteredCounts"/> and
/// <see cref="Domain.Statistics.ComplaintFacts.ClosedCounts"/> use: registration figures on the registration day,
/// closing figures on the closing day, dimensions of the respondent. So its count is the rollup's number by construction,
/// also between two rollup runs. <see cref="CaseMetric.OverdueOpen"/> is live: open cases with a running handling
/// deadline (答复 or 整改) past now, read from the running-deadline index.
/// </summary>
public sealed class CaseListQuery(IDbContextFactory<AppDbContext> dbFactory, WorkflowContextProvider contexts, OrganisationDirectory organisation, TimeProvider time)
{
    public async Task<CasePageResult> ListAsync(CaseListRequest request, CaseCursor? after, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var page = await PageAsync(db, request, after, pageSize + 1, ct);
        var shown = page.Take(pageSize).ToList();
        var ids = shown.Select(p => p.Id).ToList();
        var cases = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.RegisteredAt, c.ClosedAt, c.Status, c.RespondentType, c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId })
            .ToDictionaryAsync(c => c.Id, ct);
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.ComplaintId)).ToListAsync(ct)).ToLookup(d => d.ComplaintId);
        var org = await organisation.LoadAsync(ct);
        var calendar = (await contexts.GetAsync(ct)).Calendar;
        var now = time.GetUtcNow();
        var rows = ids.Where(cases.ContainsKey).Select(id =>
        {
            var c = cases[id];
            return new CaseListRow(c.Id, c.CaseNumber, c.RegisteredAt, c.ClosedAt is { } closed ? Domain.Calendar.ChinaTime.DateOf(closed) : null, c.Status,
                c.RespondentType, org.UnitName(c.RespondentUnitId), org.WindowCode(c.RespondentWindowId), org.StaffName(c.RespondentStaffId),
                DeadlineSummary.Current(deadlines[id]) is { } d ? DeadlineSummary.Of(d, now, calendar) : null);
        }).ToList();
        return new CasePageResult(rows, page.Count > pageSize ? shown[^1] : null);
    }

    /// <summary>
    /// One page in list order: the day the metric counts on (registration or closing), newest first, then the case id.
    /// That is the order of a (…, RegisteredOn|ClosedOn) index, whose entries end in the case id, so a page is a walk
    /// down the index, never a sort of the whole period. Open-and-overdue lists are newest case first.
    /// </summary>
    private async Task<List<CaseCursor>> PageAsync(AppDbContext db, CaseListRequest r, CaseCursor? after, int take, CancellationToken ct)
    {
        if (r.Metric == CaseMetric.OverdueOpen)
        {
            var q = Overdue(db, r);
            if (after is { } a)
            {
                q = q.Where(c => c.Id < a.Id);
            }
            return [.. (await q.OrderByDescending(c => c.Id).Select(c => c.Id).Take(take).ToListAsync(ct)).Select(id => new CaseCursor(DateOnly.MinValue, id))];
        }
        var facts = Facts(db, r);
        if (IsRegistrationFigure(r.Metric))
        {
            if (after is { } a)
            {
                // "day <= d AND (day < d OR id < i)" keeps a plain range on the index for SQLite.
                facts = facts.Where(f => f.RegisteredOn <= a.Day && (f.RegisteredOn < a.Day || f.ComplaintId < a.Id));
            }
            return await facts.OrderByDescending(f => f.RegisteredOn).ThenByDescending(f => f.ComplaintId)
                .Select(f => new CaseCursor(f.RegisteredOn, f.ComplaintId)).Take(take).ToListAsync(ct);
        }
        if (after is { } b)
        {
            facts = facts.Where(f => f.ClosedOn <= b.Day && (f.ClosedOn < b.Day || f.ComplaintId < b.Id));
        }
        return await facts.OrderByDescending(f => f.ClosedOn).ThenByDescending(f => f.ComplaintId)
            .Select(f => new CaseCursor(f.ClosedOn!.Value, f.ComplaintId)).Take(take).ToListAsync(ct);
    }

    /// <summary>How many cases the list holds: the number the scorecard shows.</summary>
    public async Task<int> CountAsync(CaseListRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Ids(db, request).CountAsync(ct);
    }

    /// <summary>Open cases past their handling deadline under a scope, grouped by a child dimension (for the drill-down tables).</summary>
    public async Task<IReadOnlyDictionary<int, long>> OverdueByAsync(Scope by, Scope scope, int id, DrilldownFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = Overdue(db, new CaseListRequest(CaseMetric.OverdueOpen, scope, id, filter));
        var groups = by switch
        {
            Scope.Unit => q.GroupBy(c => c.RespondentUnitId ?? 0),
            Scope.Window => q.GroupBy(c => c.RespondentWindowId ?? 0),
            _ => q.GroupBy(c => c.RespondentStaffId ?? 0),
        };
        return await groups.Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>The ids of the cases a request stands for.</summary>
    private IQueryable<long> Ids(AppDbContext db, CaseListRequest r) =>
        r.Metric == CaseMetric.OverdueOpen ? Overdue(db, r).Select(c => c.Id) : Facts(db, r).Select(f => f.ComplaintId);

    /// <summary>The rollup's own predicate per metric, over the facts it last counted.</summary>
    private static IQueryable<ComplaintStatFact> Facts(AppDbContext db, CaseListRequest r)
    {
        var q = db.ComplaintStatFacts.AsNoTracking();
        q = r.Scope switch
        {
            Scope.Unit => q.Where(f => f.UnitId == r.Id),
            Scope.Window => q.Where(f => f.WindowId == r.Id),
            Scope.Staff => q.Where(f => f.StaffId == r.Id),
            _ => q,
        };
        if (r.Filter.Channel is { } channel)
        {
            q = q.Where(f => f.Channel == channel);
        }
        if (r.Filter.Category is { } category)
        {
            q = q.Where(f => f.Category == category);
        }
        DateOnly from = r.Filter.From, to = r.Filter.To;
        if (IsRegistrationFigure(r.Metric))
        {
            q = q.Where(f => f.RegisteredOn >= from && f.RegisteredOn <= to);
        }
        else
        {
            q = q.Where(f => f.ClosedOn != null && f.ClosedOn >= from && f.ClosedOn <= to);
        }
        return q.Where(Predicate(r.Metric));
    }

    /// <summary>Counted on the registration day (<see cref="Domain.Statistics.ComplaintFacts.RegisteredCounts"/>); all others on the closing day.</summary>
    public static bool IsRegistrationFigure(CaseMetric metric) => metric is CaseMetric.Registered or CaseMetric.Accepted or CaseMetric.Rejected
        or CaseMetric.BadRatingsRealName or CaseMetric.BadRatingsRealNameVisitedRectified;

    private static Expression<Func<ComplaintStatFact, bool>> Predicate(CaseMetric metric) => metric switch
    {
        CaseMetric.Accepted => f => f.Accepted,
        CaseMetric.Rejected => f => f.Rejected,
        CaseMetric.BadRatingsRealName => f => f.RealNameBadRating,
        CaseMetric.BadRatingsRealNameVisitedRectified => f => f.RealNameBadRating && f.VisitedAndRectified,
        CaseMetric.ClosedOnTime => f => f.HandledOnTime,
        CaseMetric.ClosedNotAnonymous => f => !f.Anonymous,
        CaseMetric.ClosedVisited => f => !f.Anonymous
            && (f.VisitResult == VisitResult.Satisfied || f.VisitResult == VisitResult.BasicallySatisfied || f.VisitResult == VisitResult.Dissatisfied),
        CaseMetric.Satisfied => f => f.VisitResult == VisitResult.Satisfied,
        CaseMetric.BasicallySatisfied => f => f.VisitResult == VisitResult.BasicallySatisfied,
        CaseMetric.Dissatisfied => f => f.VisitResult == VisitResult.Dissatisfied,
        CaseMetric.Upheld => f => f.Finding == Finding.Upheld,
        CaseMetric.PartlyUpheld => f => f.Finding == Finding.PartlyUpheld,
        CaseMetric.NotUpheld => f => f.Finding == Finding.NotUpheld,
        CaseMetric.ClosedReopened => f => f.ReopenCount > 0,
        CaseMetric.LookBackConsolidated => f => f.LookBack == LookBackOutcome.Consolidated,
        CaseMetric.LookBackRebounded => f => f.LookBack == LookBackOutcome.Rebounded,
        // Registered and Closed: every case of the day range.
        _ => f => true,
    };

    /// <summary>Open cases with a running 答复/整改 deadline past now (paused clocks are not running).</summary>
    private IQueryable<Complaint> Overdue(AppDbContext db, CaseListRequest r)
    {
        var now = time.GetUtcNow();
        var overdue = db.Deadlines.Where(d => d.CompletedAt == null && d.PausedOn == null && d.DueAt < now
            && (d.Kind == DeadlineKind.ReplyBy || d.Kind == DeadlineKind.RectifyBy)).Select(d => d.ComplaintId);
        var q = db.Complaints.AsNoTracking().Where(c => overdue.Contains(c.Id)
            && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Archived && c.Status != ComplaintStatus.Rejected && c.Status != ComplaintStatus.Withdrawn);
        q = r.Scope switch
        {
            Scope.Unit => q.Where(c => c.RespondentUnitId == r.Id),
            Scope.Window => q.Where(c => c.RespondentWindowId == r.Id),
            Scope.Staff => q.Where(c => c.RespondentStaffId == r.Id),
            _ => q,
        };
        if (r.Filter.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }
        if (r.Filter.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }
        return q;
    }
}
