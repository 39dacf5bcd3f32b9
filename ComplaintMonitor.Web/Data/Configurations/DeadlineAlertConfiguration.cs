using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        // The idempotency key: one alert per level and due date of a deadline. Due date first: the deadlines a scan finds
        // share a few due instants (end of the same days), so a scan's new keys land on a few pages instead of one page per
        // alert. The table's only index: nothing reads alerts by case or by time (a case's alerts are its history rows).
        builder.HasIndex(a => new { a.DueAt, a.DeadlineId, a.Level }).IsUnique();
    }
}
