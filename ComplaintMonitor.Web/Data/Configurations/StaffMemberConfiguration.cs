using ComplaintMonitor.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.Property(s => s.StaffNo).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.HasIndex(s => s.StaffNo).IsUnique();
        builder.HasIndex(s => s.UnitId);
        builder.HasOne<ServiceUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceWindow>().WithMany().HasForeignKey(s => s.WindowId).OnDelete(DeleteBehavior.Restrict);
    }
}
