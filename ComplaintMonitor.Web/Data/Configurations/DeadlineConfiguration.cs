using ComplaintMonitor.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    /// <summary>Only running clocks: the partial indexes below hold open deadlines alone, however large the table grows.</summary>
    public const string RunningFilter = "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL";

    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(d => d.IsOpen);
        builder.HasIndex(d => d.ComplaintId);
        builder.HasIndex(d => d.WarnAt).HasFilter(RunningFilter).HasDatabaseName("IX_Deadlines_Running_WarnAt");
        builder.HasIndex(d => d.DueAt).HasFilter(RunningFilter).HasDatabaseName("IX_Deadlines_Running_DueAt");
        builder.HasIndex(d => d.Provisional).HasFilter("\"Provisional\" = 1 AND \"CompletedAt\" IS NULL").HasDatabaseName("IX_Deadlines_OpenProvisional");
    }
}
