namespace ComplaintMonitor.Domain.Statistics;

/// <summary>受理量, 受理率, 按时办结率, average handling time in WD, 回访率, 投诉处理满意率, 属实率, 重办率, 整改巩固率 of one period and scope.</summary>
public sealed record ComplaintKpis(
    long Registered,
    Ratio AcceptanceRate,
    Ratio OnTimeRate,
    double? AverageHandlingWorkingDays,
    Ratio ReturnVisitRate,
    Ratio SatisfactionRate,
    Ratio UpheldRate,
    Ratio ReopenRate,
    Ratio ConsolidationRate,
    Ratio BadRatingRectificationRate);
