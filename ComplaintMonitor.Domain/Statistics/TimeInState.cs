using ComplaintMonitor.Domain.Complaints;

namespace ComplaintMonitor.Domain.Statistics;

/// <summary>One row of a case's history as time-in-state needs it: when, and the state it led to.</summary>
public readonly record struct StateChange(long ComplaintId, DateTimeOffset At, ComplaintStatus? From, ComplaintStatus To);

/// <summary>Average time a set of cases spent in a stage: the total over the cases that entered it, divided by their number.</summary>
public sealed record StageTime(ComplaintStatus Stage, TimeSpan Total, int Cases)
{
    public TimeSpan Average => Cases == 0 ? TimeSpan.Zero : Total / Cases;
}

/// <summary>
/// Time-in-state per stage from the append-only history. Every interval a case spends in a state counts, so a
/// case that is reopened (重办) and investigated twice adds both investigations, and a transfer (改派, Assigned →
/// Assigned) or any other row that keeps the state (extension, reminder) does not cut the interval in two.
/// A stage the case is still in runs until <c>now</c>; the end states (closed, archived, rejected, withdrawn) are not stages.
/// </summary>
public static class TimeInState
{
    public static bool IsStage(ComplaintStatus status) =>
        status is not (ComplaintStatus.Closed or ComplaintStatus.Archived or ComplaintStatus.Rejected or ComplaintStatus.Withdrawn);

    /// <summary>The time one case spent in each stage; <paramref name="changes"/> are that case's rows in history order.</summary>
    public static IReadOnlyDictionary<ComplaintStatus, TimeSpan> OfCase(IEnumerable<StateChange> changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var result = new Dictionary<ComplaintStatus, TimeSpan>();
        ComplaintStatus? current = null;
        var since = DateTimeOffset.MinValue;
        foreach (var change in changes)
        {
            if (current == change.To)
            {
                continue;
            }
            if (current is { } state && IsStage(state))
            {
                result[state] = result.GetValueOrDefault(state) + (change.At - since);
            }
            current = change.To;
            since = change.At;
        }
        if (current is { } last && IsStage(last) && now > since)
        {
            result[last] = result.GetValueOrDefault(last) + (now - since);
        }
        return result;
    }

    /// <summary>Per stage, the average over the cases that spent time in it; <paramref name="changes"/> ordered by case, then history order.</summary>
    public static IReadOnlyList<StageTime> Summarise(IEnumerable<StateChange> changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var totals = new Dictionary<ComplaintStatus, (TimeSpan Total, int Cases)>();
        foreach (var perCase in changes.GroupBy(c => c.ComplaintId))
        {
            foreach (var (stage, time) in OfCase(perCase, now))
            {
                var (total, cases) = totals.GetValueOrDefault(stage);
                totals[stage] = (total + time, cases + 1);
            }
        }
        return [.. Enum.GetValues<ComplaintStatus>().Where(totals.ContainsKey).Select(s => new StageTime(s, totals[s].Total, totals[s].Cases))];
    }
}
