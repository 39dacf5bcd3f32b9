using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Evaluations;

namespace ComplaintMonitor.Domain.Statistics;

/// <summary>
/// The KPI definitions (R-24…R-28), once, as pure functions over counts and facts. Dashboards, rollup jobs and
/// reports all call these, so a formula changes in one place. Period boundaries are Asia/Shanghai dates, inclusive.
/// </summary>
public static class Kpis
{
    /// <summary>受理率 = accepted ÷ (accepted + rejected).</summary>
    public static Ratio AcceptanceRate(long accepted, long rejected) => new(accepted, accepted + rejected);

    /// <summary>按时办结率 = closed in the period with closed-at ≤ due-at (after approved extensions) ÷ closed in the period.</summary>
    public static Ratio OnTimeRate(long closedOnTime, long closed) => new(closedOnTime, closed);

    /// <summary>回访率 = closed cases with a return-visit record ÷ closed cases that are not anonymous.</summary>
    public static Ratio ReturnVisitRate(long closedVisited, long closedNotAnonymous) => new(closedVisited, closedNotAnonymous);

    /// <summary>投诉处理满意率 = (满意 + 基本满意) ÷ all follow-up ratings on the 3-level scale.</summary>
    public static Ratio ComplaintSatisfactionRate(long satisfied, long basicallySatisfied, long dissatisfied) =>
        new(satisfied + basicallySatisfied, satisfied + basicallySatisfied + dissatisfied);

    /// <summary>好差评 满意率 = (非常满意 + 满意 + 基本满意) ÷ all counting ratings (误评/恶意 excluded, R-33).</summary>
    public static Ratio EvaluationSatisfactionRate(EvaluationCounts c) => new(c.Good, c.Total);

    /// <summary>差评率 = (不满意 + 非常不满意) ÷ all counting ratings.</summary>
    public static Ratio BadRatingRate(EvaluationCounts c) => new(c.Bad, c.Total);

    /// <summary>主动评价好评率 = good ratings given by the rater ÷ ratings given by the rater.</summary>
    public static Ratio ActiveGoodRate(EvaluationCounts c) => new(c.ActiveGood, c.Active);

    /// <summary>未评价率 = defaulted ratings (默认评价) ÷ all counting ratings.</summary>
    public static Ratio DefaultedRate(EvaluationCounts c) => new(c.Defaulted, c.Total);

    /// <summary>实名差评回访整改率 = real-name 差评 with a return visit and a rectification or explanation ÷ real-name 差评 (target 100 %).</summary>
    public static Ratio BadRatingRectificationRate(long realNameBadRatingsVisitedAndRectified, long realNameBadRatings) =>
        new(realNameBadRatingsVisitedAndRectified, realNameBadRatings);

    /// <summary>属实率 = (属实 + 部分属实) ÷ cases with a finding.</summary>
    public static Ratio UpheldRate(long upheld, long partlyUpheld, long notUpheld) => new(upheld + partlyUpheld, upheld + partlyUpheld + notUpheld);

    /// <summary>重办率 = closed cases reopened at least once ÷ closed cases.</summary>
    public static Ratio ReopenRate(long closedReopened, long closed) => new(closedReopened, closed);

    /// <summary>整改巩固率 = looked-back cases whose rectification held ÷ looked-back cases (回头看).</summary>
    public static Ratio ConsolidationRate(long consolidated, long rebounded) => new(consolidated, consolidated + rebounded);

    /// <summary>Handling time in working days: from acceptance to closure, the acceptance day not counted.</summary>
    public static int HandlingWorkingDays(DateOnly acceptedOn, DateOnly closedOn, WorkingDayCalendar calendar) =>
        calendar.WorkingDaysBetween(acceptedOn, closedOn);

    /// <summary>The complaint KPIs from summed counts (a rollup query or <see cref="Count"/>).</summary>
    public static ComplaintKpis FromCounts(StatCounts c) => new(
        c.Registered,
        AcceptanceRate(c.Accepted, c.Rejected),
        OnTimeRate(c.ClosedOnTime, c.Closed),
        c.HandlingCount == 0 ? null : (double)c.HandlingWorkingDaysSum / c.HandlingCount,
        ReturnVisitRate(c.ClosedVisited, c.ClosedNotAnonymous),
        ComplaintSatisfactionRate(c.Satisfied, c.BasicallySatisfied, c.Dissatisfied),
        UpheldRate(c.Upheld, c.PartlyUpheld, c.NotUpheld),
        ReopenRate(c.ClosedReopened, c.Closed),
        ConsolidationRate(c.LookBackConsolidated, c.LookBackRebounded),
        BadRatingRectificationRate(c.BadRatingsRealNameVisitedRectified, c.BadRatingsRealName));

    /// <summary>
    /// The reference: counts of one period (inclusive Asia/Shanghai dates) straight from facts. The rollups must give
    /// exactly this; a property test holds them to it.
    /// </summary>
    public static StatCounts Count(IEnumerable<ComplaintFacts> facts, DateOnly from, DateOnly to)
    {
        var total = StatCounts.Zero;
        foreach (var f in facts)
        {
            if (f.RegisteredOn >= from && f.RegisteredOn <= to)
            {
                total += f.RegisteredCounts();
            }
            if (f.ClosedOn is { } closed && closed >= from && closed <= to)
            {
                total += f.ClosedCounts();
            }
        }
        return total;
    }
}
