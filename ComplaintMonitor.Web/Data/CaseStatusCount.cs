using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Web.Data;

/// <summary>
/// How many cases are in each state, per lead unit (0: none yet): the overview's and the wall's funnel read a few hundred
/// counters instead of tens of thousands of index entries. Kept by database triggers on <c>Complaints</c> in the writing
/// transaction (see the <c>CaseStatusCounts</c> migration), so every write path keeps it.
/// </summary>
public sealed class CaseStatusCount
{
    public int LeadUnitId { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public long Count { get; private set; }
}
