using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// Ranks windows by 满意率 (higher first), then 差评率 (lower first), then by more ratings. A window with fewer than
/// the minimum ratings is listed after the ranked ones without a rank (small-sample guard): one bad rating out of three
/// would otherwise put a window last. Equal rates share a rank (1, 1, 3).
/// </summary>
public static class WindowRanking
{
    public sealed record Input(int WindowId, string Window, string Unit, EvaluationCounts Ratings, long Complaints);

    public static IReadOnlyList<WallRankingRow> Rank(IEnumerable<Input> windows, int minRatings)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var rows = windows.Select(w =>
        {
            var kpis = EvaluationKpis.From(w.Ratings);
            return new WallRankingRow(w.WindowId, w.Window, w.Unit, kpis.Ratings, kpis.SatisfactionRate, kpis.BadRate, kpis.BadRatings, w.Complaints, null);
        }).ToList();
        var ranked = rows.Where(r => r.Ratings >= minRatings && r.Ratings > 0)
            .OrderByDescending(r => r.Satisfaction.Value).ThenBy(r => r.BadRate.Value).ThenByDescending(r => r.Ratings).ThenBy(r => r.Window, StringComparer.Ordinal)
            .ToList();
        var result = new List<WallRankingRow>(rows.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var r = ranked[i];
            var rank = i > 0 && SameRates(ranked[i - 1], r) ? result[i - 1].Rank : i + 1;
            result.Add(r with { Rank = rank });
        }
        result.AddRange(rows.Where(r => r.Ratings < minRatings || r.Ratings == 0)
            .OrderByDescending(r => r.Ratings).ThenBy(r => r.Window, StringComparer.Ordinal));
        return result;
    }

    private static bool SameRates(WallRankingRow a, WallRankingRow b) =>
        Same(a.Satisfaction, b.Satisfaction) && Same(a.BadRate, b.BadRate);

    // Compared as fractions (cross-multiplied), so 19/20 and 38/40 tie exactly.
    private static bool Same(Ratio a, Ratio b) => a.Numerator * b.Denominator == b.Numerator * a.Denominator;
}
