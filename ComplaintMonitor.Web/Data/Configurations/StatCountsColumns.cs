using ComplaintMonitor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

/// <summary>Maps <see cref="StatCounts"/> as plain columns named after its properties, so SQL upserts can add to them by name.</summary>
public static class StatCountsColumns
{
    public static IReadOnlyList<string> Names { get; } = [.. typeof(StatCounts).GetProperties()
        .Where(p => p.PropertyType == typeof(long) && p.CanWrite)
        .Select(p => p.Name)];

    public static void Map(ComplexPropertyBuilder<StatCounts> counts)
    {
        counts.Ignore(c => c.IsZero);
        foreach (var name in Names)
        {
            counts.Property<long>(name).HasColumnName(name);
        }
    }
}
