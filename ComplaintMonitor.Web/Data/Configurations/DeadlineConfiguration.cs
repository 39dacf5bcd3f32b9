using ComplaintMonitor.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    /// <summary>Only running clocks: the partial indexes below hold open deadlines alone, however large the table grows.</summary>
    public const string RunningFilter = "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL";

    /// <summary>
    /// Running clocks not yet warned at a level: each scan index holds only deadlines that can still raise that alert,
    /// so a scan's cost follows the deadlines falling due, not the size of the table.
    /// </summary>
    public static string NotAlertedFilter(DeadlineAlertLevel below) => $"{RunningFilter} AND \"AlertLevel\" < {(int)below}";

    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.CaseNumber).HasMaxLength(32);
        builder.Ignore(d => d.IsOpen);
        builder.HasIndex(d => d.ComplaintId);
        // Named indexes: two unnamed HasIndex calls on the same column are one index to EF (the last filter wins).
        // Covering: "which cases are red/amber now" (and of which kind, received when) never reads a deadline row. SQLite
        // plans a DISTINCT over the case-id index unless the range is two-sided, hence the lower bounds in the queries that
        // count cases.
        builder.HasIndex(d => new { d.DueAt, d.WarnAt, d.Kind, d.ComplaintId, d.CaseReceivedAt, d.CaseNumber }, "IX_Deadlines_Running_DueAt").HasFilter(RunningFilter);
        builder.HasIndex(d => new { d.WarnAt, d.DueAt, d.ComplaintId, d.CaseReceivedAt, d.CaseNumber }, "IX_Deadlines_Running_WarnAt").HasFilter(RunningFilter);
        // A case's running deadlines: "is this case red?" per candidate (the register's and a unit's amber lists) and the
        // triggers that keep CaseClocks recompute a case's row from here.
        builder.HasIndex(d => new { d.ComplaintId, d.DueAt }, "IX_Deadlines_Running_ComplaintId").HasFilter(RunningFilter);
        builder.HasIndex(d => d.WarnAt, "IX_Deadlines_Unwarned_WarnAt").HasFilter(NotAlertedFilter(DeadlineAlertLevel.Yellow));
        builder.HasIndex(d => d.DueAt, "IX_Deadlines_Unsupervised_DueAt").HasFilter(NotAlertedFilter(DeadlineAlertLevel.Red));
        builder.HasIndex(d => d.EscalateAt, "IX_Deadlines_Unescalated_EscalateAt").HasFilter(NotAlertedFilter(DeadlineAlertLevel.Leadership));
        builder.HasIndex(d => d.Provisional, "IX_Deadlines_OpenProvisional").HasFilter("\"Provisional\" = 1 AND \"CompletedAt\" IS NULL");
    }
}
