using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class StatRowConfiguration : IEntityTypeConfiguration<StatRow>
{
    public void Configure(EntityTypeBuilder<StatRow> builder)
    {
        // On SQLite the table is WITHOUT ROWID, clustered on this key (migration StatRowsClustered; EF's model cannot say so):
        // a migration that makes EF rebuild this table must rebuild it so again (ModelIndexTests checks).
        builder.HasKey(d => new { d.Period, d.Day, d.UnitId, d.WindowId, d.StaffId, d.Channel, d.Category });
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(d => d.Counts, StatCountsColumns.Map);
        // Drill-downs by unit and window over a period.
        builder.HasIndex(d => new { d.Period, d.UnitId, d.Day });
        builder.HasIndex(d => new { d.Period, d.WindowId, d.Day });
        builder.HasIndex(d => new { d.Period, d.StaffId, d.Day });
    }
}
