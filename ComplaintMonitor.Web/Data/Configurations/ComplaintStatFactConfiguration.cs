using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class ComplaintStatFactConfiguration : IEntityTypeConfiguration<ComplaintStatFact>
{
    public void Configure(EntityTypeBuilder<ComplaintStatFact> builder)
    {
        builder.HasKey(f => f.ComplaintId);
        builder.Property(f => f.ComplaintId).ValueGeneratedNever();
        builder.Property(f => f.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.VisitResult).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Finding).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.LookBack).HasConversion<string>().HasMaxLength(16);
    }
}
