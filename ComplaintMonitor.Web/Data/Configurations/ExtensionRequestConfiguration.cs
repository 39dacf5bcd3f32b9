using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.RequestedBy).HasMaxLength(64);
        builder.Property(e => e.DecidedBy).HasMaxLength(64);
        builder.HasIndex(e => e.ComplaintId);
        builder.HasIndex(e => e.Status, "IX_Extensions_Pending").HasFilter("\"Status\" = 'Pending'");
    }
}
