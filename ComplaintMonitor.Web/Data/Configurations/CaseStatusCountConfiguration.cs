using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class CaseStatusCountConfiguration : IEntityTypeConfiguration<CaseStatusCount>
{
    public void Configure(EntityTypeBuilder<CaseStatusCount> builder)
    {
        builder.HasKey(c => new { c.LeadUnitId, c.Status });
        builder.Property(c => c.LeadUnitId).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
    }
}
