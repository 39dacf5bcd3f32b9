using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Features.Overview;
using ComplaintMonitor.Web.Features.Warnings;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>受理 / 办结 / 差评 of one period (today, this week, this month), with its inclusive dates for the drill-down links.</summary>
public sealed record WallPeriod(string Key, DateOnly From, DateOnly To, long Registered, long Closed, long BadRatings);

/// <summary>Registered cases per month (oldest first) by channel and by category, from the month rollup rows.</summary>
public sealed record WallTrend(IReadOnlyList<DateOnly> Months, IReadOnlyDictionary<Channel, long[]> ByChannel, IReadOnlyDictionary<ComplaintCategory, long[]> ByCategory)
{
    public static WallTrend Empty { get; } = new([], new Dictionary<Channel, long[]>(), new Dictionary<ComplaintCategory, long[]>());
}

/// <summary>One window in the month's ranking; <see cref="Rank"/> is null when it has too few ratings to be ranked.</summary>
public sealed record WallRankingRow(int WindowId, string Window, string Unit, long Ratings, Ratio Satisfaction, Ratio BadRate, long BadRatings, long Complaints, int? Rank);

/// <summary>One line of the live ticker: a case registered or moved on (case number, what happened, when — never who complained).</summary>
public sealed record WallTickerItem(long ComplaintId, string CaseNumber, string Action, ComplaintStatus ToStatus, DateTimeOffset At);

/// <summary>Everything the wall shows, read once per refresh and shared by every wall screen (see <see cref="WallCache"/>).</summary>
public sealed record WallData(
    DateTimeOffset At,
    DateOnly Today,
    IReadOnlyList<WallPeriod> Periods,
    OverviewCounts Overview,
    IReadOnlyList<WarningItem> Red,
    IReadOnlyList<WarningItem> Yellow,
    DateOnly MonthFrom,
    ComplaintKpis MonthKpis,
    EvaluationKpis MonthRatings,
    WallTrend Trend,
    IReadOnlyList<WallRankingRow> Ranking,
    IReadOnlyList<WallTickerItem> Ticker);
