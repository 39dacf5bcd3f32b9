using ComplaintMonitor.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.Property(e => e.ServiceCaseNumber).HasMaxLength(64);
        builder.Property(e => e.Level).HasConversion<int>();
        builder.Property(e => e.Comment).HasMaxLength(1000);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ReceivedFrom).HasMaxLength(64);
        builder.Property(e => e.RaterName).HasMaxLength(64);
        builder.Property(e => e.RaterPhone).HasMaxLength(32);
        builder.Property(e => e.AppealStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Misrating).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AppealReason).HasMaxLength(1000);
        builder.Property(e => e.AppealEvidence).HasMaxLength(2000);
        builder.Property(e => e.AppealDecisionNote).HasMaxLength(1000);
        builder.Property(e => e.AppealedBy).HasMaxLength(64);
        builder.Property(e => e.AppealedByName).HasMaxLength(64);
        builder.Property(e => e.AppealDecidedBy).HasMaxLength(64);
        builder.Property(e => e.AppealDecidedByName).HasMaxLength(64);
        builder.Ignore(e => e.IsBad);
        builder.Ignore(e => e.Excluded);
        builder.Ignore(e => e.HasRater);

        // one rating per 办件 per channel; the database refuses a second even under a race.
        builder.HasIndex(e => new { e.ServiceCaseNumber, e.Channel }).IsUnique();
        // Drill-down lists: a window's or a staff member's ratings of a period, newest first.
        builder.HasIndex(e => new { e.WindowId, e.RatedOn });
        builder.HasIndex(e => new { e.StaffId, e.RatedOn });
        builder.HasIndex(e => new { e.UnitId, e.RatedOn });
        builder.HasIndex(e => e.RatedOn);
        // Pending appeals for the supervisors' queue.
        builder.HasIndex(e => e.AppealStatus, "IX_Evaluations_PendingAppeals").HasFilter("\"AppealStatus\" = 'Pending'");
        builder.HasOne<Domain.Complaints.Complaint>().WithMany().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisation.ServiceWindow>().WithMany().HasForeignKey(e => e.WindowId).OnDelete(DeleteBehavior.Restrict);
    }
}
