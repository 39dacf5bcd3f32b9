using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

/// <summary>The append-only history; the migration adds triggers that refuse UPDATE and DELETE.</summary>
public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public const string Table = "ComplaintHistory";

    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Action).HasMaxLength(32);
        builder.Property(h => h.ActorId).HasMaxLength(64);
        builder.Property(h => h.ActorName).HasMaxLength(64);
        builder.Property(h => h.ActorRole).HasMaxLength(16);
        builder.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(h => new { h.ComplaintId, h.Id });
        // The wall's ticker: the latest events by when they happened (ids follow commit order, imports and seeds do not).
        builder.HasIndex(h => h.At, "IX_History_At");
    }
}
