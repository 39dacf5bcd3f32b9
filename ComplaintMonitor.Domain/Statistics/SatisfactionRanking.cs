using ComplaintMonitor.Domain.Evaluations;

namespace ComplaintMonitor.Domain.Statistics;

/// <summary>One place in a ranking: its rank, or none when it has too few ratings to be compared fairly.</summary>
public sealed record RankedScope<TKey>(TKey Key, EvaluationCounts Ratings, int? Rank)
{
    public Ratio SatisfactionRate => Kpis.EvaluationSatisfactionRate(Ratings);

    public Ratio BadRate => Kpis.BadRatingRate(Ratings);

    public bool TooFewRatings => Rank is null;
}

/// <summary>
/// Ranking of windows or units by 满意率 (higher first), then 差评率 (lower first) (R-29, Sichuan monthly ranking). A scope with
/// fewer than <see cref="MinimumRatings"/> counting ratings is not ranked: one 差评 out of three ratings would put a window
/// last for noise (small-sample guard). Equal rates share a rank (1, 2, 2, 4).
/// </summary>
public static class SatisfactionRanking
{
    public const int MinimumRatings = 20;

    public static IReadOnlyList<RankedScope<TKey>> Rank<TKey>(IEnumerable<KeyValuePair<TKey, EvaluationCounts>> scopes, int minimumRatings = MinimumRatings)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var all = scopes.ToList();
        // A scope without ratings has no rate to compare, whatever the configured minimum.
        minimumRatings = Math.Max(1, minimumRatings);
        var ranked = all.Where(s => s.Value.Total >= minimumRatings)
            .OrderByDescending(s => (double)s.Value.Good / s.Value.Total)
            .ThenBy(s => (double)s.Value.Bad / s.Value.Total)
            .ThenByDescending(s => s.Value.Total)
            .ToList();
        var result = new List<RankedScope<TKey>>(all.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var tied = i > 0 && SameRates(ranked[i - 1].Value, ranked[i].Value);
            var rank = tied ? result[i - 1].Rank : i + 1;
            result.Add(new RankedScope<TKey>(ranked[i].Key, ranked[i].Value, rank));
        }
        result.AddRange(all.Where(s => s.Value.Total < minimumRatings)
            .OrderByDescending(s => s.Value.Total)
            .Select(s => new RankedScope<TKey>(s.Key, s.Value, null)));
        return result;
    }

    // Cross-multiplied, so equal fractions compare equal without floating point.
    private static bool SameRates(EvaluationCounts a, EvaluationCounts b) =>
        a.Good * b.Total == b.Good * a.Total && a.Bad * b.Total == b.Bad * a.Total;
}
