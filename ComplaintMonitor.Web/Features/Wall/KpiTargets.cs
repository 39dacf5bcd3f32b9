using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// The targets the wall holds the month's KPIs against (configuration section <c>KpiTargets</c>; rates as fractions,
/// 0.95 = 95 %). 差评率 is a ceiling: red when above it; every other target is a floor: red when below.
/// </summary>
public sealed class KpiTargets
{
    public const string Section = "KpiTargets";

    /// <summary>按时办结率 floor.</summary>
    public double OnTimeRate { get; set; } = 0.95;

    /// <summary>满意率 (好差评) floor.</summary>
    public double SatisfactionRate { get; set; } = 0.95;

    /// <summary>差评率 ceiling.</summary>
    public double BadRatingRateCeiling { get; set; } = 0.01;

    /// <summary>回访率 floor.</summary>
    public double ReturnVisitRate { get; set; } = 0.95;

    /// <summary>实名差评回访整改率 floor (every real-name 差评 is visited and rectified).</summary>
    public double BadRatingRectificationRate { get; set; } = 1.0;

    /// <summary>A window with fewer ratings than this in the month is listed, not ranked (a handful of ratings says little).</summary>
    public int MinRatingsForRanking { get; set; } = 20;

    /// <summary>
    /// Whether a rate meets its target: at or above a floor, at or below a ceiling. Null when there is nothing to
    /// measure yet (no denominator): shown as "—", neither red nor green.
    /// </summary>
    public static bool? Meets(Ratio rate, double target, bool ceiling) => rate.Value switch
    {
        null => null,
        { } v when ceiling => v <= target + 1e-12,
        { } v => v >= target - 1e-12,
    };
}
