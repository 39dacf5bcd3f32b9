using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Job).HasMaxLength(64);
        builder.Property(r => r.Trigger).HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.Job, r.Id });
    }
}
