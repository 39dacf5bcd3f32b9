using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>The wall's window ranking: the domain's <see cref="SatisfactionRanking"/> (with its small-sample guard), as wall rows.</summary>
public static class WindowRanking
{
    public sealed record Input(int WindowId, string Window, string Unit, EvaluationCounts Ratings, long Complaints);

    public static IReadOnlyList<WallRankingRow> Rank(IEnumerable<Input> windows, int minRatings)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var ordered = windows.OrderBy(w => w.Window, StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, w.Ratings));
        return [.. SatisfactionRanking.Rank(ordered, minRatings).Select(r =>
        {
            var kpis = EvaluationKpis.From(r.Ratings);
            return new WallRankingRow(r.Key.WindowId, r.Key.Window, r.Key.Unit, kpis.Ratings, kpis.SatisfactionRate, kpis.BadRate, kpis.BadRatings, r.Key.Complaints, r.Rank);
        })];
    }
}
