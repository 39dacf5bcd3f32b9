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
        builder.HasIndex(n => n.DedupKey).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.Id });
        builder.HasIndex(n => n.UserId, "IX_Notifications_Unread").HasFilter("\"ReadAt\" IS NULL");
    }
}
