using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Domain.Complaints;

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

    /// <summary>好差评 满意率 = (非常满意 + 满意 + 基本满意) ÷ all ratings; levels are 5 (非常满意) … 1 (非常不满意).</summary>
    public static Ratio EvaluationSatisfactionRate(IReadOnlyDictionary<int, long> countsByLevel) =>
        new(Count(countsByLevel, 5) + Count(countsByLevel, 4) + Count(countsByLevel, 3), countsByLevel.Values.Sum());

    /// <summary>差评率 = (不满意 + 非常不满意) ÷ all ratings.</summary>
    public static Ratio BadRatingRate(IReadOnlyDictionary<int, long> countsByLevel) =>
        new(Count(countsByLevel, 2) + Count(countsByLevel, 1), countsByLevel.Values.Sum());

    /// <summary>实名差评回访整改率 = real-name 差评 with a return visit and a rectification or explanation ÷ real-name 差评 (target 100 %).</summary>
    public static Ratio BadRatingRectificationRate(long realNameBadRatingsVisitedAndRectified, long realNameBadRatings) =>
        new(realNameBadRatingsVisitedAndRectified, realNameBadRatings);

    /// <summary>属实率 = (属实 + 部分属实) ÷ cases with a finding.</summary>
    public static Ratio UpheldRate(long upheld, long partlyUpheld, long notUpheld) => new(upheld + partlyUpheld, upheld + partlyUpheld + notUpheld);

    /// <summary>重办率 = closed cases reopened at least once ÷ closed cases.</summary>
    public static Ratio ReopenRate(long closedReopened, long closed) => new(closedReopened, closed);

    /// <summary>Handling time in working days: from acceptance to closure, the acceptance day not counted.</summary>
    public static int HandlingWorkingDays(DateOnly acceptedOn, DateOnly closedOn, WorkingDayCalendar calendar) =>
        calendar.WorkingDaysBetween(acceptedOn, closedOn);

    /// <summary>All complaint KPIs of one period over a set of facts (the reference the rollups must agree with).</summary>
    public static ComplaintKpis Compute(IEnumerable<ComplaintFacts> facts, DateOnly from, DateOnly to, DateTimeOffset periodEnd, WorkingDayCalendar calendar)
    {
        long registered = 0, accepted = 0, rejected = 0, closed = 0, onTime = 0, overdueOpen = 0, closedNotAnon = 0, visited = 0;
        long sat = 0, basic = 0, dis = 0, upheld = 0, partly = 0, notUpheld = 0, reopened = 0, handlingDays = 0, handled = 0;
        foreach (var f in facts)
        {
            var inPeriod = f.RegisteredOn >= from && f.RegisteredOn <= to;
            if (inPeriod)
            {
                registered++;
                accepted += f.Accepted ? 1 : 0;
                rejected += f.Rejected ? 1 : 0;
            }
            if (f.ClosedOn is { } closedOn && closedOn >= from && closedOn <= to)
            {
                closed++;
                onTime += f.ClosedAt <= f.HandlingDueAt ? 1 : 0;
                reopened += f.ReopenCount > 0 ? 1 : 0;
                if (!f.Anonymous)
                {
                    closedNotAnon++;
                    visited += f.VisitResult is VisitResult.Satisfied or VisitResult.BasicallySatisfied or VisitResult.Dissatisfied ? 1 : 0;
                }
                sat += f.VisitResult == VisitResult.Satisfied ? 1 : 0;
                basic += f.VisitResult == VisitResult.BasicallySatisfied ? 1 : 0;
                dis += f.VisitResult == VisitResult.Dissatisfied ? 1 : 0;
                upheld += f.Finding == Finding.Upheld ? 1 : 0;
                partly += f.Finding == Finding.PartlyUpheld ? 1 : 0;
                notUpheld += f.Finding == Finding.NotUpheld ? 1 : 0;
                if (f.AcceptedOn is { } acceptedOn)
                {
                    handled++;
                    handlingDays += HandlingWorkingDays(acceptedOn, closedOn, calendar);
                }
            }
            if (f.RegisteredOn <= to && !ComplaintWorkflow.IsTerminal(f.Status) && f.HandlingDueAt < periodEnd)
            {
                overdueOpen++;
            }
        }
        return new ComplaintKpis(
            registered,
            AcceptanceRate(accepted, rejected),
            OnTimeRate(onTime, closed),
            overdueOpen,
            handled == 0 ? null : (double)handlingDays / handled,
            ReturnVisitRate(visited, closedNotAnon),
            ComplaintSatisfactionRate(sat, basic, dis),
            UpheldRate(upheld, partly, notUpheld),
            ReopenRate(reopened, closed));
    }

    private static long Count(IReadOnlyDictionary<int, long> counts, int level) => counts.TryGetValue(level, out var n) ? n : 0;
}
