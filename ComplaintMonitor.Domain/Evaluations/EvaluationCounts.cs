namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>
/// The additive counts behind the 好差评 KPIs: what an evaluation rollup row stores per day and
/// dimension. Level counts hold only ratings that count; a rating excluded by an approved appeal (误评/恶意) moves
/// from its level to <see cref="Excluded"/>.
/// </summary>
public sealed record EvaluationCounts
{
    public long VeryDissatisfied { get; init; }
    public long Dissatisfied { get; init; }
    public long BasicallySatisfied { get; init; }
    public long Satisfied { get; init; }
    public long VerySatisfied { get; init; }

    /// <summary>主动评价: given by the rater, not defaulted (counting ratings only).</summary>
    public long Active { get; init; }

    /// <summary>主动评价 that are good (基本满意 or better).</summary>
    public long ActiveGood { get; init; }

    /// <summary>误评/恶意 after an approved appeal: kept in the raw data, out of the rates.</summary>
    public long Excluded { get; init; }

    public static EvaluationCounts Zero { get; } = new();

    public const int Length = 8;

    public bool IsZero => this == Zero;

    /// <summary>Counting ratings (excluded ones are not).</summary>
    public long Total => VeryDissatisfied + Dissatisfied + BasicallySatisfied + Satisfied + VerySatisfied;

    public long Good => BasicallySatisfied + Satisfied + VerySatisfied;

    public long Bad => VeryDissatisfied + Dissatisfied;

    /// <summary>默认评价 (counting ratings not given by the rater).</summary>
    public long Defaulted => Total - Active;

    /// <summary>What one rating adds to the row of its day.</summary>
    public static EvaluationCounts Of(Evaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Of(e.Level, e.Defaulted, e.Excluded);
    }

    public static EvaluationCounts Of(EvaluationLevel level, bool defaulted, bool excluded) => excluded
        ? new EvaluationCounts { Excluded = 1 }
        : new EvaluationCounts
        {
            VeryDissatisfied = level == EvaluationLevel.VeryDissatisfied ? 1 : 0,
            Dissatisfied = level == EvaluationLevel.Dissatisfied ? 1 : 0,
            BasicallySatisfied = level == EvaluationLevel.BasicallySatisfied ? 1 : 0,
            Satisfied = level == EvaluationLevel.Satisfied ? 1 : 0,
            VerySatisfied = level == EvaluationLevel.VerySatisfied ? 1 : 0,
            Active = defaulted ? 0 : 1,
            ActiveGood = !defaulted && !level.IsBad() ? 1 : 0,
        };

    public static EvaluationCounts operator +(EvaluationCounts a, EvaluationCounts b) => Combine(a, b, 1);

    public static EvaluationCounts operator -(EvaluationCounts a, EvaluationCounts b) => Combine(a, b, -1);

    private static EvaluationCounts Combine(EvaluationCounts a, EvaluationCounts b, int sign) => FromArray([.. a.ToArray().Zip(b.ToArray(), (x, y) => x + sign * y)]);

    /// <summary>The counts in declaration order (the column order of the rollup table).</summary>
    public long[] ToArray() => [VeryDissatisfied, Dissatisfied, BasicallySatisfied, Satisfied, VerySatisfied, Active, ActiveGood, Excluded];

    public static EvaluationCounts FromArray(long[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new()
        {
            VeryDissatisfied = v[0],
            Dissatisfied = v[1],
            BasicallySatisfied = v[2],
            Satisfied = v[3],
            VerySatisfied = v[4],
            Active = v[5],
            ActiveGood = v[6],
            Excluded = v[7],
        };
    }
}
