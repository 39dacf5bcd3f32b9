using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class StatQueueEntryConfiguration : IEntityTypeConfiguration<StatQueueEntry>
{
    public void Configure(EntityTypeBuilder<StatQueueEntry> builder)
    {
        builder.ToTable("StatQueue");
        builder.HasOne(e => e.Complaint).WithMany().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ComplaintId);
    }
}
