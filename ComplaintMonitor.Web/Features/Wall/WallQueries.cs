using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Overview;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Features.Warnings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// Reads the wall's data: counts and KPIs summed from the rollups (StatRows, EvaluationStatRows — never a scan of the
/// cases or ratings), the open-case funnel and light counts from <see cref="OverviewCache"/>, the first rows of the
/// 黄灯/红灯 lists from <see cref="WarningQueries"/>, and the ticker from the newest history rows (primary-key order).
/// The wall is the centre's: it shows no complainant or rater identity, so one result serves every overseer.
/// </summary>
public sealed class WallQueries(
    IDbContextFactory<AppDbContext> dbFactory,
    WarningQueries warnings,
    OverviewCache overview,
    IOptions<KpiTargets> targets,
    TimeProvider time)
{
    public const int ListRows = 8;
    public const int TickerRows = 20;
    public const int TrendMonths = 12;

    /// <summary>The centre as the wall sees it: every case (overseers' visibility), no one's own unit.</summary>
    private static readonly Actor Centre = new("wall", "大屏", UserRole.Leader);

    /// <summary>History actions the ticker shows: registration and the workflow's own actions (not reminders or identity reveals).</summary>
    public static readonly string[] TickerActions = ["Register", .. Enum.GetNames<ComplaintAction>()];

    /// <param name="trend">The twelve-month trend when the caller keeps it (it changes slowly); read here when null.</param>
    /// <param name="ct">Cancels the reads.</param>
    public async Task<WallData> LoadAsync(WallTrend? trend = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var monthFrom = new DateOnly(today.Year, today.Month, 1);
        // Independent reads, each on its own connection and thread (Microsoft.Data.Sqlite's async calls complete synchronously):
        // SQLite in WAL mode serves readers side by side, so the wall waits for its slowest part rather than their sum.
        var counts = Task.Run(() => CountsAsync(today, ct), ct);
        var open = Task.Run(() => overview.GetAsync(null), ct);
        var lights = Task.Run(() => LightsAsync(ct), ct);
        var trendRead = trend is null ? Task.Run(() => TrendAsync(today, ct), ct) : Task.FromResult(trend);
        var rankingRead = Task.Run(() => RankingAsync(monthFrom, today, ct), ct);
        var tickerRead = Task.Run(() => TickerAsync(ct), ct);
        await Task.WhenAll(counts, open, lights, trendRead, rankingRead, tickerRead);
        var (periods, monthCounts, monthRatings) = await counts;
        var (red, yellow) = await lights;
        return new WallData(now, today, periods, await open, red, yellow, monthFrom, Kpis.FromCounts(monthCounts), EvaluationKpis.From(monthRatings),
            await trendRead, await rankingRead, await tickerRead);
    }

    /// <summary>受理 / 办结 / 差评 of today, this week (from Monday) and this month, and the month's full counts for the KPIs.</summary>
    /// <remarks>One read per rollup table on one connection: the complaints' centre grain and the ratings' window grain.</remarks>
    public async Task<(IReadOnlyList<WallPeriod> Periods, StatCounts Month, EvaluationCounts MonthRatings)> CountsAsync(DateOnly today, CancellationToken ct = default)
    {
        var weekFrom = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var monthFrom = new DateOnly(today.Year, today.Month, 1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaints = await WallPeriodSums.ReadAsync(db, "StatRows", StatCountsColumns.Names, StatPeriod.CentreDay, StatPeriod.CentreMonth, weekFrom, today, ct);
        var ratings = await WallPeriodSums.ReadAsync(db, "EvaluationStatRows", EvaluationCountsColumns.Names, StatPeriod.Day, StatPeriod.Month, weekFrom, today, ct);
        var periods = new[] { ("Today", today, complaints.Today, ratings.Today), ("Week", weekFrom, complaints.Week, ratings.Week), ("Month", monthFrom, complaints.Month, ratings.Month) }
            .Select(p =>
            {
                var (counts, rated) = (StatCounts.FromArray(p.Item3), EvaluationCounts.FromArray(p.Item4));
                return new WallPeriod(p.Item1, p.Item2, today, counts.Registered, counts.Closed, rated.Bad);
            })
            .ToList();
        return (periods, StatCounts.FromArray(complaints.Month), EvaluationCounts.FromArray(ratings.Month));
    }

    /// <summary>The first 红灯 and the first 黄灯 deadlines, most overdue first.</summary>
    public async Task<(IReadOnlyList<WarningItem> Red, IReadOnlyList<WarningItem> Yellow)> LightsAsync(CancellationToken ct = default) =>
        (await warnings.ListAsync(Centre, ListRows, ct, red: true), await warnings.ListAsync(Centre, ListRows, ct, red: false));

    /// <summary>Registered cases per month by channel and category: one grouped read of the centre's month rows of the twelve months up to today's.</summary>
    public async Task<WallTrend> TrendAsync(DateOnly today, CancellationToken ct = default)
    {
        var lastMonth = new DateOnly(today.Year, today.Month, 1);
        var firstMonth = lastMonth.AddMonths(1 - TrendMonths);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.StatRows.AsNoTracking()
            // Centre grain: a row per channel × category per month, whatever the number of staff.
            .Where(r => r.Period == StatPeriod.CentreMonth && r.Day >= firstMonth && r.Day <= lastMonth)
            .GroupBy(r => new { r.Day, r.Channel, r.Category })
            .Select(g => new { g.Key.Day, g.Key.Channel, g.Key.Category, Registered = g.Sum(r => r.Counts.Registered) })
            .ToListAsync(ct);
        var months = Enumerable.Range(0, TrendMonths).Select(firstMonth.AddMonths).ToList();
        var byChannel = Enum.GetValues<Channel>().ToDictionary(c => c, _ => new long[TrendMonths]);
        var byCategory = Enum.GetValues<ComplaintCategory>().ToDictionary(c => c, _ => new long[TrendMonths]);
        foreach (var r in rows)
        {
            var i = (r.Day.Year - firstMonth.Year) * 12 + r.Day.Month - firstMonth.Month;
            if (i is >= 0 and < TrendMonths)
            {
                byChannel[r.Channel][i] += r.Registered;
                byCategory[r.Category][i] += r.Registered;
            }
        }
        return new WallTrend(months, byChannel, byCategory);
    }

    /// <summary>The window ranking of a month so far (<paramref name="from"/> its first day) from the rating rollup (grouped by window) and the complaint rollup (complaints about each window).</summary>
    public async Task<IReadOnlyList<WallRankingRow>> RankingAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Nothing is counted after today, so the whole month's month rows give the month so far (one row per slice, not one per day).
        var monthEnd = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
        var wholeMonth = from.Day == 1 && to >= ChinaTime.DateOf(time.GetUtcNow()) ? monthEnd : to;
        var ratings = await EvaluationRollup.ByAsync(db, "WindowId", from, wholeMonth, ct);
        // Only the number of complaints per window is shown: summing one column of the month rows instead of all of them.
        var complaints = await RollupSums.SumAsync(db, "StatRows", [nameof(StatCounts.Registered)], StatSlices.Of(from, wholeMonth), groupBy: "WindowId", ct: ct);
        var ids = ratings.Keys.Concat(complaints.Keys).Where(id => id != 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var windows = await (from w in db.Windows.AsNoTracking()
                             where ids.Contains(w.Id)
                             join u in db.Units.AsNoTracking() on w.UnitId equals u.Id
                             select new { w.Id, w.Code, w.Name, Unit = u.Name }).ToListAsync(ct);
        var inputs = windows.Select(w => new WindowRanking.Input(w.Id, $"{w.Code} {w.Name}", w.Unit,
            ratings.GetValueOrDefault(w.Id) ?? EvaluationCounts.Zero, complaints.GetValueOrDefault(w.Id)?[0] ?? 0));
        return WindowRanking.Rank(inputs, targets.Value.MinRatingsForRanking);
    }

    /// <summary>The newest workflow events, newest first: the latest history rows (by time, through IX_History_At), each with its case number.</summary>
    public async Task<IReadOnlyList<WallTickerItem>> TickerAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = db.History.AsNoTracking().Where(h => TickerActions.Contains(h.Action)).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(TickerRows);
        var rows = await latest.Join(db.Complaints.AsNoTracking(), h => h.ComplaintId, c => c.Id,
                (h, c) => new { h.Id, h.ComplaintId, c.CaseNumber, h.Action, h.ToStatus, h.At })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => new WallTickerItem(r.ComplaintId, r.CaseNumber, r.Action, r.ToStatus, r.At))];
    }
}
