using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// The KPI counts of a closed month for the centre, a unit, a window or a staff member, written once when the
/// month ends and never rewritten: the basis of the monthly report and ranking even if old cases change later.
/// </summary>
public sealed class MonthlySnapshot
{
    public string Month { get; set; } = "";
    public string Scope { get; set; } = "";
    public int ScopeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long OverdueOpenAtEnd { get; set; }
    public StatCounts Counts { get; set; } = StatCounts.Zero;
    public EvaluationCounts Ratings { get; set; } = EvaluationCounts.Zero;
}
