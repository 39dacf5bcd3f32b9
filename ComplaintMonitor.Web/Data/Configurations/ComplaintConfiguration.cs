using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CaseNumber).HasMaxLength(32);
        builder.HasIndex(c => c.CaseNumber).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Form).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Complexity).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RespondentType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.DeadlineRule).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Finding).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Rectification).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.VisitResult).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.VisitMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.LookBackOutcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Content).HasMaxLength(4000);
        builder.Property(c => c.RegisteredBy).HasMaxLength(64);
        builder.Property(c => c.LinkedServiceCaseNumber).HasMaxLength(64);
        builder.PrimitiveCollection(c => c.CoUnitIds);
        builder.PrimitiveCollection(c => c.RejectionReasons).ElementType().HasConversion<string>();

        builder.ComplexProperty(c => c.Complainant, p =>
        {
            p.Property(x => x.Name).HasColumnName("ComplainantName").HasMaxLength(64);
            p.Property(x => x.Phone).HasColumnName("ComplainantPhone").HasMaxLength(32);
            p.Property(x => x.IdNumber).HasColumnName("ComplainantIdNumber").HasMaxLength(32);
            p.Property(x => x.Address).HasColumnName("ComplainantAddress").HasMaxLength(256);
            p.Property(x => x.Anonymous).HasColumnName("ComplainantAnonymous");
        });

        builder.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The register's default order and its common filters: newest first, by state, by respondent, by lead unit.
        builder.HasIndex(c => c.RegisteredAt);
        builder.HasIndex(c => new { c.Status, c.RegisteredAt });
        builder.HasIndex(c => new { c.RespondentWindowId, c.RegisteredAt });
        builder.HasIndex(c => new { c.LeadUnitId, c.RegisteredAt });
        builder.HasIndex(c => new { c.RespondentUnitId, c.RegisteredAt });
        builder.HasIndex(c => new { c.HandlerStaffId, c.RegisteredAt });
        // The register sorted or filtered by date of receipt (keyset on ReceivedAt, Id).
        builder.HasIndex(c => new { c.ReceivedAt, c.Id });
        // The duplicate hint at registration (the same phone within the last days) uses IX_Complaints_ComplainantPhone_RegisteredAt.
        // EF Core cannot index a complex property's column, so the ComplaintPages migration creates it in SQL.
        builder.HasIndex(c => c.SourceEvaluationId);
        builder.HasIndex(c => c.UpdatedAt);
        // Closed cases still waiting for the 回头看 decision: the daily job reads only these.
        builder.HasIndex(c => c.ClosedAt, "IX_Complaints_AwaitingLookBackDecision").HasFilter("\"Status\" = 'Closed' AND \"LookBackSelected\" IS NULL");
        // Closed today / in a period (overview, reports).
        builder.HasIndex(c => c.ClosedAt, "IX_Complaints_ClosedAt");
    }
}
