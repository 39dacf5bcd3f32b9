using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>
/// 好差评 KPIs of one period and scope. Project definitions, following GB/T 39734-2020's split of 好评
/// (非常满意/满意/基本满意) and 差评 (不满意/非常不满意) and of 主动评价 against 默认评价; ratings excluded by an
/// approved appeal are in none of the denominators.
/// </summary>
public sealed record EvaluationKpis(long Ratings, Ratio SatisfactionRate, Ratio BadRate, Ratio ActiveGoodRate, Ratio DefaultedRate, long BadRatings, long Excluded)
{
    public static EvaluationKpis From(EvaluationCounts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Total,
            Kpis.EvaluationSatisfactionRate(c),
            Kpis.BadRatingRate(c),
            Kpis.ActiveGoodRate(c),
            Kpis.DefaultedRate(c),
            c.Bad,
            c.Excluded);
    }
}
