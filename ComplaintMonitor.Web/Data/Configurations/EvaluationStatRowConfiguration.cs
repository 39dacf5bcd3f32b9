using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class EvaluationStatRowConfiguration : IEntityTypeConfiguration<EvaluationStatRow>
{
    public void Configure(EntityTypeBuilder<EvaluationStatRow> builder)
    {
        builder.HasKey(d => new { d.Period, d.Day, d.UnitId, d.WindowId, d.StaffId, d.Channel });
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(d => d.Counts, EvaluationCountsColumns.Map());
        // Scorecards and rankings by unit, window and staff over a period.
        builder.HasIndex(d => new { d.Period, d.UnitId, d.Day });
        builder.HasIndex(d => new { d.Period, d.WindowId, d.Day });
        builder.HasIndex(d => new { d.Period, d.StaffId, d.Day });
    }
}
