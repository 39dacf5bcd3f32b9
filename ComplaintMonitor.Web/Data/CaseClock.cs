namespace ComplaintMonitor.Web.Data;

/// <summary>
/// One row per case with a running deadline: the earliest due and warning instants among its running deadlines. A case
/// is red while <see cref="DueAt"/> is past and amber (黄灯) while it is not but <see cref="WarnAt"/> is — the same rule as
/// <see cref="Domain.Deadlines.Deadline"/>'s, so "how many cases are red or amber now" is one index range count
/// rather than a DISTINCT over every running deadline. Kept by database triggers on <c>Deadlines</c> in the writing
/// transaction (see the <c>CaseClocks</c> migration), so no write path (actions, seeding, imports) can leave it behind.
/// </summary>
public sealed class CaseClock
{
    public long ComplaintId { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset WarnAt { get; private set; }
}
