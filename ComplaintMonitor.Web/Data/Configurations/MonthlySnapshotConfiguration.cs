using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class MonthlySnapshotConfiguration : IEntityTypeConfiguration<MonthlySnapshot>
{
    public void Configure(EntityTypeBuilder<MonthlySnapshot> builder)
    {
        builder.HasKey(m => new { m.Month, m.Scope, m.ScopeId });
        builder.Property(m => m.Month).HasMaxLength(7);
        builder.Property(m => m.Scope).HasMaxLength(8);
        builder.ComplexProperty(m => m.Counts, StatCountsColumns.Map);
        builder.ComplexProperty(m => m.Ratings, EvaluationCountsColumns.Map("Rating"));
    }
}
