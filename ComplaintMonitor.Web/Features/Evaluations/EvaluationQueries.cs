using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Domain.Privacy;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Evaluations.List;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Evaluations;

/// <summary>One line of the ratings list; the rater only ever masked.</summary>
public sealed record EvaluationRow(
    long Id, DateTimeOffset RatedAt, string WindowCode, string UnitName, string? StaffName, string ServiceCaseNumber, EvaluationLevel Level,
    RatingChannel Channel, bool Defaulted, string? MaskedRater, long? ComplaintId, string? CaseNumber, AppealStatus AppealStatus);

public sealed record EvaluationPage(IReadOnlyList<EvaluationRow> Rows, int Total, bool TotalCapped);

/// <summary>A rating for its page: the facts, the linked case, and the rater as this viewer may see it.</summary>
public sealed record EvaluationDetail(
    Evaluation Rating, string WindowCode, string WindowName, string UnitName, string? StaffName, string? StaffNo, string? CaseNumber,
    string? MaskedRaterName, string? MaskedRaterPhone, bool MayReveal);

/// <summary>
/// The ratings pages' reads. Leaders, supervisors and admins see every rating; a handler only their unit's. Each list
/// query is bounded by the rating date (the default period is the last 30 days) and runs on a (unit|window, date) index.
/// </summary>
public sealed class EvaluationQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<EvaluationQueries> logger)
{
    /// <summary>Counting stops here: beyond it the pager shows "10000+" instead of scanning on.</summary>
    public const int CountCap = 10_000;

    public static bool MaySee(Actor actor, int unitId) =>
        actor.Role != UserRole.Handler || (actor.UnitId is { } unit && unit == unitId);

    /// <summary>Whether this viewer may ask to see the rater unmasked: the RevealIdentity roles, never the rated staff member .</summary>
    public static bool MayReveal(Actor actor, Evaluation e) =>
        actor.Role is UserRole.Supervisor or UserRole.Leader && (actor.StaffId is null || actor.StaffId != e.StaffId);

    public EvaluationFilter Effective(EvaluationFilter filter)
    {
        var today = ChinaTime.DateOf(time.GetUtcNow());
        // The supervisors' queue of pending appeals looks back over the whole period appeals can be filed in.
        var from = filter.From ?? (filter.Appeal == AppealStatus.Pending ? today.AddYears(-1) : today.AddDays(-29));
        return filter with { From = from, To = filter.To ?? today };
    }

    public async Task<EvaluationPage> ListAsync(EvaluationFilter filter, Actor actor, int skip, int take, CancellationToken ct = default)
    {
        var f = Effective(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = db.Evaluations.AsNoTracking().Where(e => e.RatedOn >= f.From!.Value && e.RatedOn <= f.To!.Value);
        if (actor.Role == UserRole.Handler)
        {
            var unit = actor.UnitId ?? -1;
            q = q.Where(e => e.UnitId == unit);
        }
        if (f.Unit is { } u)
        {
            q = q.Where(e => e.UnitId == u);
        }
        if (f.Window is { } w)
        {
            q = q.Where(e => e.WindowId == w);
        }
        if (f.Level is { } level)
        {
            q = q.Where(e => e.Level == level);
        }
        if (f.BadOnly)
        {
            q = q.Where(e => e.Level <= EvaluationLevel.Dissatisfied);
        }
        if (f.Appeal is { } appeal)
        {
            q = q.Where(e => e.AppealStatus == appeal);
        }
        var total = await q.Take(CountCap + 1).CountAsync(ct);
        var rows = await (
            from e in q.OrderByDescending(e => e.RatedOn).ThenByDescending(e => e.Id).Skip(skip).Take(take)
            join win in db.Windows on e.WindowId equals win.Id
            join unit in db.Units on e.UnitId equals unit.Id
            from s in db.Staff.Where(s => s.Id == e.StaffId).DefaultIfEmpty()
            from c in db.Complaints.Where(c => c.Id == e.ComplaintId).DefaultIfEmpty()
            select new
            {
                e.Id, e.RatedAt, win.Code, UnitName = unit.Name, StaffName = s == null ? null : s.Name, e.ServiceCaseNumber, e.Level,
                e.Channel, e.Defaulted, e.RaterName, e.RaterPhone, e.ComplaintId, CaseNumber = c == null ? null : c.CaseNumber, e.AppealStatus,
            }).ToListAsync(ct);
        return new EvaluationPage(
            [.. rows.OrderByDescending(r => r.RatedAt).ThenByDescending(r => r.Id).Select(r => new EvaluationRow(
                r.Id, r.RatedAt, r.Code, r.UnitName, r.StaffName, r.ServiceCaseNumber, r.Level, r.Channel, r.Defaulted,
                MaskRater(r.RaterName, r.RaterPhone), r.ComplaintId, r.CaseNumber, r.AppealStatus))],
            Math.Min(total, CountCap), total > CountCap);
    }

    /// <summary>The rating, or null when it does not exist or this viewer may not see it.</summary>
    public async Task<EvaluationDetail?> DetailAsync(long id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !MaySee(actor, e.UnitId))
        {
            return null;
        }
        var window = await db.Windows.AsNoTracking().FirstAsync(w => w.Id == e.WindowId, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstAsync(ct);
        var staff = e.StaffId is null ? null : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == e.StaffId, ct);
        var caseNumber = e.ComplaintId is null ? null : await db.Complaints.Where(c => c.Id == e.ComplaintId).Select(c => c.CaseNumber).FirstOrDefaultAsync(ct);
        return new EvaluationDetail(e, window.Code, window.Name, unit, staff?.Name, staff?.StaffNo, caseNumber,
            e.RaterName is null ? null : Masking.Name(e.RaterName), e.RaterPhone is null ? null : Masking.Phone(e.RaterPhone), MayReveal(actor, e));
    }

    /// <summary>
    /// 显示评价人信息 for a supervisor or leader who is not the rated staff member; every reveal is written to
    /// the rater access log (who, when, which rating) before the identity is returned.
    /// </summary>
    public async Task<(string? Name, string? Phone)> RevealRaterAsync(long id, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EvaluationNotFoundException(id);
        if (!MayReveal(actor, e))
        {
            throw new NotPermittedException("您无权查看评价人身份信息");
        }
        db.RaterAccessLog.Add(new RaterAccess { EvaluationId = id, UserId = actor.UserId, UserName = actor.DisplayName, At = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Rater identity of rating {EvaluationId} shown to {UserId}", id, actor.UserId);
        return (e.RaterName, e.RaterPhone);
    }

    private static string? MaskRater(string? name, string? phone) =>
        name is null && phone is null ? null : string.Join(" ", new[] { Masking.Name(name), Masking.Phone(phone) }.Where(s => s.Length > 0));
}
