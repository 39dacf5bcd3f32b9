using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class CaseClockConfiguration : IEntityTypeConfiguration<CaseClock>
{
    public void Configure(EntityTypeBuilder<CaseClock> builder)
    {
        builder.HasKey(c => c.ComplaintId);
        builder.Property(c => c.ComplaintId).ValueGeneratedNever();
        // Red: DueAt < now. Amber: WarnAt <= now <= DueAt (the second column keeps the count inside the index).
        builder.HasIndex(c => c.DueAt);
        builder.HasIndex(c => new { c.WarnAt, c.DueAt });
    }
}
