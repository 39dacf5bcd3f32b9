using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class DailyStatConfiguration : IEntityTypeConfiguration<DailyStat>
{
    public void Configure(EntityTypeBuilder<DailyStat> builder)
    {
        builder.HasKey(d => new { d.Day, d.UnitId, d.WindowId, d.StaffId, d.Channel, d.Category });
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(d => d.Counts, StatCountsColumns.Map);
        // Drill-downs by unit and window over a period.
        builder.HasIndex(d => new { d.UnitId, d.Day });
        builder.HasIndex(d => new { d.WindowId, d.Day });
    }
}
