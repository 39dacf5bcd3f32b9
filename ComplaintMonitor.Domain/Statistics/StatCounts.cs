namespace ComplaintMonitor.Domain.Statistics;

/// <summary>
/// The additive counts behind every complaint KPI: what a rollup row stores per day and dimension. Sums of counts
/// are counts, so any period, unit or window is a SUM over rows and the rates are computed last (<see cref="Kpis.FromCounts"/>).
/// </summary>
public sealed record StatCounts
{
    public long Registered { get; init; }
    public long Accepted { get; init; }
    public long Rejected { get; init; }
    public long Closed { get; init; }
    public long ClosedOnTime { get; init; }
    public long ClosedNotAnonymous { get; init; }
    public long ClosedVisited { get; init; }
    public long Satisfied { get; init; }
    public long BasicallySatisfied { get; init; }
    public long Dissatisfied { get; init; }
    public long Upheld { get; init; }
    public long PartlyUpheld { get; init; }
    public long NotUpheld { get; init; }
    public long ClosedReopened { get; init; }
    public long HandlingWorkingDaysSum { get; init; }
    public long HandlingCount { get; init; }
    public long LookBackConsolidated { get; init; }
    public long LookBackRebounded { get; init; }

    /// <summary>实名差评 cases (counted on their registration day, R-26).</summary>
    public long BadRatingsRealName { get; init; }

    /// <summary>…of which have both a return visit and a recorded rectification or explanation.</summary>
    public long BadRatingsRealNameVisitedRectified { get; init; }

    public static StatCounts Zero { get; } = new();

    /// <summary>How many counts there are; accumulators of that length add cases without allocating (full recomputes).</summary>
    public const int Length = 20;

    public bool IsZero => this == Zero;

    public static StatCounts operator +(StatCounts a, StatCounts b) => Combine(a, b, 1);

    public static StatCounts operator -(StatCounts a, StatCounts b) => Combine(a, b, -1);

    private static StatCounts Combine(StatCounts a, StatCounts b, int sign) => new()
    {
        Registered = a.Registered + sign * b.Registered,
        Accepted = a.Accepted + sign * b.Accepted,
        Rejected = a.Rejected + sign * b.Rejected,
        Closed = a.Closed + sign * b.Closed,
        ClosedOnTime = a.ClosedOnTime + sign * b.ClosedOnTime,
        ClosedNotAnonymous = a.ClosedNotAnonymous + sign * b.ClosedNotAnonymous,
        ClosedVisited = a.ClosedVisited + sign * b.ClosedVisited,
        Satisfied = a.Satisfied + sign * b.Satisfied,
        BasicallySatisfied = a.BasicallySatisfied + sign * b.BasicallySatisfied,
        Dissatisfied = a.Dissatisfied + sign * b.Dissatisfied,
        Upheld = a.Upheld + sign * b.Upheld,
        PartlyUpheld = a.PartlyUpheld + sign * b.PartlyUpheld,
        NotUpheld = a.NotUpheld + sign * b.NotUpheld,
        ClosedReopened = a.ClosedReopened + sign * b.ClosedReopened,
        HandlingWorkingDaysSum = a.HandlingWorkingDaysSum + sign * b.HandlingWorkingDaysSum,
        HandlingCount = a.HandlingCount + sign * b.HandlingCount,
        LookBackConsolidated = a.LookBackConsolidated + sign * b.LookBackConsolidated,
        LookBackRebounded = a.LookBackRebounded + sign * b.LookBackRebounded,
        BadRatingsRealName = a.BadRatingsRealName + sign * b.BadRatingsRealName,
        BadRatingsRealNameVisitedRectified = a.BadRatingsRealNameVisitedRectified + sign * b.BadRatingsRealNameVisitedRectified,
    };

    /// <summary>Adds (sign 1) or removes (sign -1) these counts to an accumulator of <see cref="Length"/> longs, in declaration order.</summary>
    public void AddTo(Span<long> acc, int sign = 1)
    {
        if (acc.Length < Length)
        {
            throw new ArgumentException($"An accumulator holds {Length} counts.", nameof(acc));
        }
        acc[0] += sign * Registered;
        acc[1] += sign * Accepted;
        acc[2] += sign * Rejected;
        acc[3] += sign * Closed;
        acc[4] += sign * ClosedOnTime;
        acc[5] += sign * ClosedNotAnonymous;
        acc[6] += sign * ClosedVisited;
        acc[7] += sign * Satisfied;
        acc[8] += sign * BasicallySatisfied;
        acc[9] += sign * Dissatisfied;
        acc[10] += sign * Upheld;
        acc[11] += sign * PartlyUpheld;
        acc[12] += sign * NotUpheld;
        acc[13] += sign * ClosedReopened;
        acc[14] += sign * HandlingWorkingDaysSum;
        acc[15] += sign * HandlingCount;
        acc[16] += sign * LookBackConsolidated;
        acc[17] += sign * LookBackRebounded;
        acc[18] += sign * BadRatingsRealName;
        acc[19] += sign * BadRatingsRealNameVisitedRectified;
    }

    public static StatCounts FromArray(long[] values) => new()
    {
        Registered = values[0],
        Accepted = values[1],
        Rejected = values[2],
        Closed = values[3],
        ClosedOnTime = values[4],
        ClosedNotAnonymous = values[5],
        ClosedVisited = values[6],
        Satisfied = values[7],
        BasicallySatisfied = values[8],
        Dissatisfied = values[9],
        Upheld = values[10],
        PartlyUpheld = values[11],
        NotUpheld = values[12],
        ClosedReopened = values[13],
        HandlingWorkingDaysSum = values[14],
        HandlingCount = values[15],
        LookBackConsolidated = values[16],
        LookBackRebounded = values[17],
        BadRatingsRealName = values[18],
        BadRatingsRealNameVisitedRectified = values[19],
    };
}
