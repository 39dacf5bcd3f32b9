using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Performance;

public sealed record RatingListRequest(RatingMetric Metric, Scope Scope, int Id, DateOnly From, DateOnly To);

/// <summary>One rating as the drill-down shows it: never the rater's name or phone .</summary>
public sealed record RatingListRow(long Id, DateTimeOffset RatedAt, EvaluationLevel Level, RatingChannel Channel, bool Defaulted, bool Excluded,
    string Unit, string Window, string Staff, string ServiceCaseNumber, long? ComplaintId);

/// <summary>Where a rating list continues: the rating day of the last row and its id.</summary>
public sealed record RatingCursor(DateOnly Day, long Id);

public sealed record RatingPageResult(IReadOnlyList<RatingListRow> Rows, RatingCursor? Next);

/// <summary>
/// The ratings behind a 好差评 number, by the rollup's own rule (<see cref="EvaluationCounts.Of(EvaluationLevel, bool, bool)"/>):
/// a rating counts on its <see cref="Evaluation.RatedOn"/> day for its unit, window and staff member; one excluded by an
/// approved appeal counts only as Excluded. Read through the (UnitId|WindowId|StaffId, RatedOn) and RatedOn indexes.
/// </summary>
public sealed class RatingListQuery(IDbContextFactory<AppDbContext> dbFactory, OrganisationDirectory organisation)
{
    /// <summary>Latest rating day first, then id: the order of the (…, RatedOn) indexes, whose entries end in the id.</summary>
    public async Task<RatingPageResult> ListAsync(RatingListRequest request, RatingCursor? after, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = Query(db, request);
        if (after is { } a)
        {
            q = q.Where(e => e.RatedOn <= a.Day && (e.RatedOn < a.Day || e.Id < a.Id));
        }
        var page = await q.OrderByDescending(e => e.RatedOn).ThenByDescending(e => e.Id).Take(pageSize + 1)
            .Select(e => new { e.Id, e.RatedOn, e.RatedAt, e.Level, e.Channel, e.Defaulted, e.AppealStatus, e.UnitId, e.WindowId, e.StaffId, e.ServiceCaseNumber, e.ComplaintId })
            .ToListAsync(ct);
        var org = await organisation.LoadAsync(ct);
        var rows = page.Take(pageSize).Select(e => new RatingListRow(e.Id, e.RatedAt, e.Level, e.Channel, e.Defaulted, e.AppealStatus == AppealStatus.Approved,
            org.UnitName(e.UnitId), org.WindowName(e.WindowId), org.StaffName(e.StaffId), e.ServiceCaseNumber, e.ComplaintId)).ToList();
        return new RatingPageResult(rows, page.Count > pageSize ? new RatingCursor(page[pageSize - 1].RatedOn, page[pageSize - 1].Id) : null);
    }

    public async Task<int> CountAsync(RatingListRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Query(db, request).CountAsync(ct);
    }

    private static IQueryable<Evaluation> Query(AppDbContext db, RatingListRequest r)
    {
        var q = db.Evaluations.AsNoTracking().Where(e => e.RatedOn >= r.From && e.RatedOn <= r.To);
        q = r.Scope switch
        {
            Scope.Unit => q.Where(e => e.UnitId == r.Id),
            Scope.Window => q.Where(e => e.WindowId == r.Id),
            Scope.Staff => q.Where(e => e.StaffId == r.Id),
            _ => q,
        };
        return r.Metric switch
        {
            RatingMetric.Excluded => q.Where(e => e.AppealStatus == AppealStatus.Approved),
            RatingMetric.Good => q.Where(e => e.AppealStatus != AppealStatus.Approved && e.Level >= EvaluationLevel.BasicallySatisfied),
            RatingMetric.Bad => q.Where(e => e.AppealStatus != AppealStatus.Approved && e.Level <= EvaluationLevel.Dissatisfied),
            _ => q.Where(e => e.AppealStatus != AppealStatus.Approved),
        };
    }
}
