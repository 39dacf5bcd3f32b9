using ComplaintMonitor.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintMonitor.Web.Data.Configurations;

public sealed class RaterAccessConfiguration : IEntityTypeConfiguration<RaterAccess>
{
    public const string Table = "RaterAccessLog";

    public void Configure(EntityTypeBuilder<RaterAccess> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.EvaluationId);
    }
}
