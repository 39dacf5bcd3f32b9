using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Reports;

/// <summary>A unit, window or staff member's line of a month, straight from its snapshot row.</summary>
public sealed record ScopeLine(int Id, string Name, StatCounts Counts, EvaluationCounts Ratings, long OverdueAtEnd)
{
    public ComplaintKpis Kpis => Domain.Statistics.Kpis.FromCounts(Counts);

    public EvaluationKpis RatingKpis => EvaluationKpis.From(Ratings);
}

/// <summary>A case still open that was already past its handling deadline when the month ended.</summary>
public sealed record OverdueCase(long Id, string CaseNumber, DateOnly DueOn, string Respondent);

/// <summary>What became of the month's 差评 cases: how many, how each was put right (立行立改 / 台账限期整改 / 解释说明), how many not yet.</summary>
public sealed record RectificationStatus(long Cases, IReadOnlyDictionary<RectificationMode, long> ByMode, long Pending, long Closed);

/// <summary>
/// The monthly report of the centre or one unit, built from the month's snapshot: volumes and KPIs, the ranking of
/// units and windows, complaints and 差评 by respondent, top categories, overdue cases and rectification status.
/// </summary>
public sealed record MonthlyReport(
    DateOnly Month,
    int? UnitId,
    string ScopeName,
    DateTimeOffset SnapshotAt,
    ScopeLine Total,
    IReadOnlyList<RankedScope<ScopeLine>> UnitRanking,
    IReadOnlyList<RankedScope<ScopeLine>> WindowRanking,
    IReadOnlyList<ScopeLine> Respondents,
    IReadOnlyList<ScopeLine> Staff,
    IReadOnlyList<KeyValuePair<ComplaintCategory, long>> TopCategories,
    IReadOnlyList<OverdueCase> OverdueCases,
    RectificationStatus Rectification,
    int MinRatingsForRanking = SatisfactionRanking.MinimumRatings)
{
    public ComplaintKpis Kpis => Total.Kpis;

    public EvaluationKpis RatingKpis => Total.RatingKpis;
}
