using ComplaintMonitor.Domain.Evaluations;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// One 好差评 rollup row: the <see cref="EvaluationCounts"/> of a day (or month) × unit × window × staff × rating
/// channel (0 = no staff). Written in the same transaction as the rating or the appeal decision that changes it, so
/// the wall and the scorecards read ratings without scanning them.
/// </summary>
public sealed class EvaluationStatRow
{
    public StatPeriod Period { get; set; }
    public DateOnly Day { get; set; }
    public int UnitId { get; set; }
    public int WindowId { get; set; }
    public int StaffId { get; set; }
    public RatingChannel Channel { get; set; }
    public EvaluationCounts Counts { get; set; } = EvaluationCounts.Zero;
}
