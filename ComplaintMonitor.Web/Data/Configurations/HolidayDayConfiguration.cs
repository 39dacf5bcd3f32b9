using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class HolidayDayConfiguration : IEntityTypeConfiguration<HolidayDay>
{
    public void Configure(EntityTypeBuilder<HolidayDay> builder)
    {
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(h => h.Name).HasMaxLength(64);
    }
}
