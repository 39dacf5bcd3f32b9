using ComplaintMonitor.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class ServiceUnitConfiguration : IEntityTypeConfiguration<ServiceUnit>
{
    public void Configure(EntityTypeBuilder<ServiceUnit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.Property(u => u.Name).HasMaxLength(128);
        builder.HasIndex(u => u.Code).IsUnique();
    }
}
