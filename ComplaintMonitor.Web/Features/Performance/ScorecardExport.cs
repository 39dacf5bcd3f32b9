using System.Globalization;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintMonitor.Web.Features.Performance;

/// <summary>
/// A scorecard as a table for Excel/CSV: the scope itself, then each unit, window or staff member under it, with the
/// counts and the rates (as the domain computes them) of the period shown.
/// </summary>
public static class ScorecardExport
{
    public static IReadOnlyList<string> Headers(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return [
            l["Drill.Export.Scope"], l["Drill.Metric.Registered"], l["Drill.Metric.Accepted"], l["Drill.Metric.Closed"], l["Drill.Metric.OverdueOpen"],
            l["Drill.Metric.Upheld"], l["Drill.Metric.PartlyUpheld"], l["Drill.Metric.NotUpheld"],
            l["Drill.Export.OnTimeRate"], l["Drill.Export.ReopenRate"], l["Drill.Export.SatisfactionRate"], l["Drill.Export.ReturnVisitRate"],
            l["Drill.Export.Ratings"], l["Drill.Export.RatingSatisfaction"], l["Drill.Export.BadRate"], l["Drill.Export.BadRatingRectification"],
        ];
    }

    public static async IAsyncEnumerable<object?[]> RowsAsync(string scopeName, ScorecardCounts scope, IReadOnlyList<ChildScorecard> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        yield return Row(scopeName, scope);
        foreach (var child in children)
        {
            yield return Row(child.Name, child.Counts);
        }
        await Task.CompletedTask;
    }

    private static object?[] Row(string name, ScorecardCounts c)
    {
        var k = c.Kpis;
        var r = c.RatingKpis;
        return [
            name, c.Complaints.Registered, c.Complaints.Accepted, c.Complaints.Closed, c.OverdueOpen,
            c.Complaints.Upheld, c.Complaints.PartlyUpheld, c.Complaints.NotUpheld,
            Rate(k.OnTimeRate), Rate(k.ReopenRate), Rate(k.SatisfactionRate), Rate(k.ReturnVisitRate),
            r.Ratings, Rate(r.SatisfactionRate), Rate(r.BadRate), Rate(k.BadRatingRectificationRate),
        ];
    }

    // A rate as a percentage with one decimal, or empty when there is nothing to divide by (never 0 % or 100 %).
    private static string Rate(Ratio ratio) => ratio.Value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";
}
