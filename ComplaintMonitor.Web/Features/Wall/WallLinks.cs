using System.Globalization;
using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// Where each number on the wall leads: the drill-down lists (<c>/statistics/cases</c>, <c>/statistics/ratings</c>) whose
/// count equals the number, the register filtered by state or deadline light, and a case's own page.
/// </summary>
public static class WallLinks
{
    /// <summary>A complaint-count drill-down; <paramref name="metric"/> is a <c>StatCounts</c> property name or <c>OverdueOpen</c>.</summary>
    public static string Cases(string metric, DateOnly from, DateOnly to, int? windowId = null) =>
        $"/statistics/cases?metric={metric}&{Scope(windowId)}&from={Day(from)}&to={Day(to)}";

    /// <summary>A rating drill-down; <paramref name="metric"/> is Ratings, Good, Bad or Excluded.</summary>
    public static string Ratings(string metric, DateOnly from, DateOnly to, int? windowId = null) =>
        $"/statistics/ratings?metric={metric}&{Scope(windowId)}&from={Day(from)}&to={Day(to)}";

    public static string Status(ComplaintStatus status) => $"/complaints?status={status}";

    public static string Lights(bool red) => red ? "/complaints?deadline=red" : "/complaints?deadline=yellow";

    public static string Case(long complaintId) => $"/complaints/{complaintId.ToString(CultureInfo.InvariantCulture)}";

    private static string Scope(int? windowId) =>
        windowId is { } id ? $"scope=window&id={id.ToString(CultureInfo.InvariantCulture)}" : "scope=centre";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
