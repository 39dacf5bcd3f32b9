namespace ComplaintMonitor.Domain.Statistics;

/// <summary>A rate kept as its two counts, so every dashboard figure can open the list behind its numerator and denominator.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    /// <summary>The rate in [0, 1], or null when there is nothing to divide by (shown as "—", never as 0 % or 100 %).</summary>
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);

    public override string ToString() => Value is { } v ? $"{v:P1}" : "—";
}
