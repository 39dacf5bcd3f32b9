using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        // The idempotency key: one alert per level and due date of a deadline.
        builder.HasIndex(a => new { a.DeadlineId, a.Level, a.DueAt }).IsUnique();
        builder.HasIndex(a => a.CreatedAt);
        builder.HasIndex(a => a.ComplaintId);
    }
}
