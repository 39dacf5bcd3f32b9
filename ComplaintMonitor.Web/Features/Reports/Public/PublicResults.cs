using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Features.Reports.Public;

/// <summary>
/// One line of the public release: counts and rates only. It has no field that could carry a person: no staff, no
/// complainant, no rater, no case number; windows are named by their code and service name.
/// </summary>
public sealed record PublicLine(
    string Name, long Ratings, Ratio SatisfactionRate, Ratio BadRate, long BadRatings, Ratio BadRectificationRate, long Handled, Ratio OnTimeRate)
{
    public static PublicLine Of(ScopeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var kpis = line.Kpis;
        return new(line.Name, line.Ratings.Total, Kpis.EvaluationSatisfactionRate(line.Ratings), Kpis.BadRatingRate(line.Ratings),
            line.Ratings.Bad, kpis.BadRatingRectificationRate, line.Counts.Closed, kpis.OnTimeRate);
    }
}

public sealed record PublicUnit(PublicLine Unit, IReadOnlyList<PublicLine> Windows);

/// <summary>评价结果及整改情况 of one month, by unit and window, from the month's snapshot only (staff rows are never read).</summary>
public sealed record PublicResults(DateOnly Month, PublicLine Centre, IReadOnlyList<PublicUnit> Units)
{
    public static PublicResults From(MonthSnapshot snapshot, string centreName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var units = snapshot.Units.OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new PublicUnit(PublicLine.Of(u), [.. snapshot.Windows.Where(w => w.UnitId == u.Id)
                .Select(w => PublicLine.Of(w.Line)).OrderBy(w => w.Name, StringComparer.Ordinal)]))
            .ToList();
        return new PublicResults(snapshot.Month, PublicLine.Of(snapshot.Centre with { Name = centreName }), units);
    }
}
