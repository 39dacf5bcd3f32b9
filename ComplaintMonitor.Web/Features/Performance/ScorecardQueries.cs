using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>The counts behind one scorecard: complaint counts and 好差评 counts of a period, and the open cases past due now.</summary>
public sealed record ScorecardCounts(StatCounts Complaints, EvaluationCounts Ratings, long OverdueOpen)
{
    public static ScorecardCounts Zero { get; } = new(StatCounts.Zero, EvaluationCounts.Zero, 0);

    public ComplaintKpis Kpis => Domain.Statistics.Kpis.FromCounts(Complaints);

    public EvaluationKpis RatingKpis => EvaluationKpis.From(Ratings);

    /// <summary>The count a case list of <paramref name="metric"/> must have.</summary>
    public long Of(CaseMetric metric) => metric == CaseMetric.OverdueOpen
        ? OverdueOpen
        : (long)typeof(StatCounts).GetProperty(metric.ToString())!.GetValue(Complaints)!;

    /// <summary>The count a rating list of <paramref name="metric"/> must have.</summary>
    public long Of(RatingMetric metric) => metric switch
    {
        RatingMetric.Good => Ratings.Good,
        RatingMetric.Bad => Ratings.Bad,
        RatingMetric.Excluded => Ratings.Excluded,
        _ => Ratings.Total,
    };
}

/// <summary>A scorecard of the chosen period next to the same period a month earlier (the trend).</summary>
public sealed record Scorecard(Scope Scope, int Id, DrilldownFilter Filter, ScorecardCounts Current, ScorecardCounts Previous);

/// <summary>One child row of a drill-down table (a unit of the centre, a window of a unit, a staff member of a window).</summary>
public sealed record ChildScorecard(Scope Scope, int Id, string Name, ScorecardCounts Counts);

/// <summary>
/// Scorecards read from the rollups only (StatRows, EvaluationStatRows) and the domain's formulas; the one live figure,
/// open cases past their handling deadline, comes from the running-deadline index (<see cref="CaseListQuery"/>).
/// Ratings carry no complaint channel or category, so those two filters apply to the complaint figures only.
/// </summary>
public sealed class ScorecardQueries(IDbContextFactory<AppDbContext> dbFactory, CaseListQuery cases, TimeProvider time)
{
    public async Task<Scorecard> ScorecardAsync(Scope scope, int id, DrilldownFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var current = await CountsAsync(scope, id, filter, ct);
        var previous = await CountsAsync(scope, id, filter.PreviousMonth(), ct);
        // Past due is a state of now, not of a period: the previous figure is not a trend of it.
        return new Scorecard(scope, id, filter, current with { OverdueOpen = await cases.CountAsync(new CaseListRequest(CaseMetric.OverdueOpen, scope, id, filter), ct) },
            previous);
    }

    /// <summary>Complaint and rating counts of one scope and period (no overdue figure: see <see cref="ScorecardAsync"/>).</summary>
    public async Task<ScorecardCounts> CountsAsync(Scope scope, int id, DrilldownFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slices = StatSlices.Of(filter.From, filter.To, ChinaTime.Today(time));
        var complaints = await RollupSums.SumAsync(db, "StatRows", StatCountsColumns.Names, slices, ScopeColumn(scope), id, null, ComplaintEquals(filter), ct);
        var ratings = await RollupSums.SumAsync(db, "EvaluationStatRows", EvaluationCountsColumns.Names, slices, ScopeColumn(scope), id, ct: ct);
        return new ScorecardCounts(
            complaints.TryGetValue(0, out var c) ? StatCounts.FromArray(c) : StatCounts.Zero,
            ratings.TryGetValue(0, out var r) ? EvaluationCounts.FromArray(r) : EvaluationCounts.Zero,
            0);
    }

    /// <summary>The next level down of a scope, each with its counts; members without data show zeros.</summary>
    public async Task<IReadOnlyList<ChildScorecard>> ChildrenAsync(Scope scope, int id, DrilldownFilter filter, Complaints.OrgChart org, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(org);
        var (childScope, dimension, members) = scope switch
        {
            Scope.Centre => (Scope.Unit, "UnitId", org.Units.Select(u => (u.Id, u.Name)).ToList()),
            Scope.Unit => (Scope.Window, "WindowId", org.Windows.Where(w => w.UnitId == id).Select(w => (w.Id, w.Label)).ToList()),
            Scope.Window => (Scope.Staff, "StaffId", org.Staff.Where(s => s.WindowId == id).Select(s => (s.Id, s.Label)).ToList()),
            _ => (Scope.Staff, "StaffId", new List<(int, string)>()),
        };
        if (members.Count == 0)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slices = StatSlices.Of(filter.From, filter.To, ChinaTime.Today(time));
        var complaints = await RollupSums.SumAsync(db, "StatRows", StatCountsColumns.Names, slices, ScopeColumn(scope), id, dimension, ComplaintEquals(filter), ct);
        var ratings = await RollupSums.SumAsync(db, "EvaluationStatRows", EvaluationCountsColumns.Names, slices, ScopeColumn(scope), id, dimension, ct: ct);
        var overdue = await cases.OverdueByAsync(childScope, scope, id, filter, ct);
        return [.. members.Select(m => new ChildScorecard(childScope, m.Item1, m.Item2, new ScorecardCounts(
            complaints.TryGetValue(m.Item1, out var c) ? StatCounts.FromArray(c) : StatCounts.Zero,
            ratings.TryGetValue(m.Item1, out var r) ? EvaluationCounts.FromArray(r) : EvaluationCounts.Zero,
            overdue.GetValueOrDefault(m.Item1))))];
    }

    private static List<(string Column, object Value)> ComplaintEquals(DrilldownFilter filter)
    {
        var equals = new List<(string, object)>();
        if (filter.Channel is { } channel)
        {
            equals.Add(("Channel", channel.ToString()));
        }
        if (filter.Category is { } category)
        {
            equals.Add(("Category", category.ToString()));
        }
        return equals;
    }

    /// <summary>The rollup column a scope is an equality on (none for the centre).</summary>
    public static string? ScopeColumn(Scope scope) => scope switch
    {
        Scope.Unit => "UnitId",
        Scope.Window => "WindowId",
        Scope.Staff => "StaffId",
        _ => null,
    };
}
