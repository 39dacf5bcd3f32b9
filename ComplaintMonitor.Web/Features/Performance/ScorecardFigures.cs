using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>
/// One count on a scorecard and the list it opens: a resource key for its label, the count, the list's URL, and an
/// optional remark key (e.g. whether it counts against the respondent, R-32).
/// </summary>
public sealed record FigurePart(string LabelKey, long Value, string Href, string TestId, string? Note = null);

/// <summary>
/// One tile of a scorecard: a headline (a rate from the domain's formulas, or a count), its change against the same
/// period a month earlier, and the counts it is made of — each a link to its exact list.
/// </summary>
public sealed record Figure(string Key, Ratio? Rate, Ratio? PreviousRate, long? Count, long? PreviousCount, bool HigherIsBetter, IReadOnlyList<FigurePart> Parts)
{
    /// <summary>Change in percentage points (rates) or in cases (counts); null when either side has nothing to compare.</summary>
    public double? Delta => Rate is { Value: { } now } && PreviousRate is { Value: { } before }
        ? (now - before) * 100
        : Count is { } c && PreviousCount is { } p ? c - p : null;

    /// <summary>Whether the change is for the better (green), for the worse (red) or neither.</summary>
    public int Direction => Delta switch
    {
        null or 0 => 0,
        > 0 => HigherIsBetter ? 1 : -1,
        _ => HigherIsBetter ? -1 : 1,
    };

    /// <summary>The figures of a scorecard, in reading order: workload, findings, then the rates (R-25…R-28).</summary>
    public static IReadOnlyList<Figure> Of(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = card.Current;
        var before = card.Previous;
        var k = now.Kpis;
        var kb = before.Kpis;
        var r = now.RatingKpis;
        var rb = before.RatingKpis;
        FigurePart Case(CaseMetric m, string? note = null) =>
            new($"Drill.Metric.{m}", now.Of(m), DrilldownLinks.Cases(m, card.Scope, card.Id, card.Filter), $"metric-{m}", note);
        FigurePart Rating(RatingMetric m) =>
            new($"Drill.Rating.{m}", now.Of(m), DrilldownLinks.Ratings(m, card.Scope, card.Id, card.Filter), $"rating-{m}");
        return
        [
            new("Registered", null, null, now.Complaints.Registered, before.Complaints.Registered, HigherIsBetter: false,
                [Case(CaseMetric.Registered), Case(CaseMetric.Accepted), Case(CaseMetric.Rejected), Case(CaseMetric.Closed), Case(CaseMetric.OverdueOpen)]),
            new("Findings", k.UpheldRate, kb.UpheldRate, null, null, HigherIsBetter: false,
                [Case(CaseMetric.Upheld, "Drill.CountsAgainst"), Case(CaseMetric.PartlyUpheld, "Drill.CountsAgainst"), Case(CaseMetric.NotUpheld, "Drill.NotCountedAgainst")]),
            new("OnTime", k.OnTimeRate, kb.OnTimeRate, null, null, HigherIsBetter: true, [Case(CaseMetric.ClosedOnTime), Case(CaseMetric.Closed)]),
            new("Reopen", k.ReopenRate, kb.ReopenRate, null, null, HigherIsBetter: false, [Case(CaseMetric.ClosedReopened), Case(CaseMetric.Closed)]),
            new("ComplaintSatisfaction", k.SatisfactionRate, kb.SatisfactionRate, null, null, HigherIsBetter: true,
                [Case(CaseMetric.Satisfied), Case(CaseMetric.BasicallySatisfied), Case(CaseMetric.Dissatisfied)]),
            new("ReturnVisit", k.ReturnVisitRate, kb.ReturnVisitRate, null, null, HigherIsBetter: true, [Case(CaseMetric.ClosedVisited), Case(CaseMetric.ClosedNotAnonymous)]),
            new("RatingSatisfaction", r.SatisfactionRate, rb.SatisfactionRate, null, null, HigherIsBetter: true, [Rating(RatingMetric.Good), Rating(RatingMetric.Ratings)]),
            new("BadRate", r.BadRate, rb.BadRate, null, null, HigherIsBetter: false, [Rating(RatingMetric.Bad), Rating(RatingMetric.Ratings), Rating(RatingMetric.Excluded)]),
            new("Rectification", k.BadRatingRectificationRate, kb.BadRatingRectificationRate, null, null, HigherIsBetter: true,
                [Case(CaseMetric.BadRatingsRealNameVisitedRectified), Case(CaseMetric.BadRatingsRealName)]),
        ];
    }
}
