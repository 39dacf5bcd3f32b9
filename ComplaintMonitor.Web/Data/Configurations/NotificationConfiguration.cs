using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(64);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.CaseNumber).HasMaxLength(32);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.Property(n => n.DedupKey).HasMaxLength(200);
        // Only notifications that carry a key are indexed: an alert's notifications have none, as the alert row they are
        // written with is unique already (see DeadlineAlertConfiguration), and a key each cost the scan a scattered page.
        builder.HasIndex(n => n.DedupKey).IsUnique().HasFilter("\"DedupKey\" IS NOT NULL");
        builder.HasIndex(n => new { n.UserId, n.Id });
        builder.HasIndex(n => n.UserId, "IX_Notifications_Unread").HasFilter("\"ReadAt\" IS NULL");
    }
}
