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

        // The drill-down lists (Features/Performance): the cases behind a number, by the day the number counts on
        // (registration or closure) within the centre, a unit, a window or a staff member — an index range, newest first
        // (the case id, the rowid, is in every index).
        builder.HasIndex(f => new { f.RegisteredOn }, "IX_ComplaintStatFacts_RegisteredOn");
        builder.HasIndex(f => new { f.UnitId, f.RegisteredOn }, "IX_ComplaintStatFacts_UnitId_RegisteredOn");
        builder.HasIndex(f => new { f.WindowId, f.RegisteredOn }, "IX_ComplaintStatFacts_WindowId_RegisteredOn");
        builder.HasIndex(f => new { f.StaffId, f.RegisteredOn }, "IX_ComplaintStatFacts_StaffId_RegisteredOn");
        const string closed = "\"ClosedOn\" IS NOT NULL";
        builder.HasIndex(f => new { f.ClosedOn }, "IX_ComplaintStatFacts_ClosedOn").HasFilter(closed);
        builder.HasIndex(f => new { f.UnitId, f.ClosedOn }, "IX_ComplaintStatFacts_UnitId_ClosedOn").HasFilter(closed);
        builder.HasIndex(f => new { f.WindowId, f.ClosedOn }, "IX_ComplaintStatFacts_WindowId_ClosedOn").HasFilter(closed);
        builder.HasIndex(f => new { f.StaffId, f.ClosedOn }, "IX_ComplaintStatFacts_StaffId_ClosedOn").HasFilter(closed);
    }
}
