namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>
/// Which cases a bulk reader (<see cref="CaseRangeReader"/>, <see cref="StoredFactsReader"/>) reads: a range of case ids
/// (the full recompute) or the cases of a range of <see cref="Data.StatQueueEntry"/> ids (the incremental run) — each
/// one bound pair of parameters however many cases it holds, read through the case-id primary keys.
/// </summary>
public readonly record struct CaseSelection(bool Queued, long From, long To)
{
    public static CaseSelection Ids(long from, long to) => new(false, from, to);

    public static CaseSelection QueueEntries(long from, long to) => new(true, from, to);

    /// <summary>The condition on <paramref name="caseIdColumn"/> over the parameters <c>@from</c> and <c>@to</c> (it replaces a reader's <c>@cases</c>).</summary>
    public string Where(string caseIdColumn) => Queued
        ? $"\"{caseIdColumn}\" IN (SELECT \"ComplaintId\" FROM \"StatQueue\" WHERE \"Id\" >= @from AND \"Id\" <= @to)"
        : $"\"{caseIdColumn}\" >= @from AND \"{caseIdColumn}\" <= @to";

    /// <summary>A capacity hint for the reader's collections.</summary>
    public int Capacity => (int)Math.Clamp(To - From + 1, 0, 100_000);
}
