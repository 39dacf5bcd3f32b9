using ComplaintMonitor.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

/// <summary>Maps <see cref="EvaluationCounts"/> as plain columns named after its properties (with an optional prefix), so SQL upserts can add to them by name.</summary>
public static class EvaluationCountsColumns
{
    public static IReadOnlyList<string> Names { get; } = [.. typeof(EvaluationCounts).GetProperties()
        .Where(p => p.PropertyType == typeof(long) && p.CanWrite)
        .Select(p => p.Name)];

    public static Action<ComplexPropertyBuilder<EvaluationCounts>> Map(string prefix = "") => counts =>
    {
        counts.Ignore(c => c.IsZero);
        counts.Ignore(c => c.Total);
        counts.Ignore(c => c.Good);
        counts.Ignore(c => c.Bad);
        counts.Ignore(c => c.Defaulted);
        foreach (var name in Names)
        {
            counts.Property<long>(name).HasColumnName(prefix + name);
        }
    };
}
