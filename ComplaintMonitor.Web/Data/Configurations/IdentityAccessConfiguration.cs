using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class IdentityAccessConfiguration : IEntityTypeConfiguration<IdentityAccess>
{
    public const string Table = "IdentityAccessLog";

    public void Configure(EntityTypeBuilder<IdentityAccess> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ComplaintId);
    }
}
