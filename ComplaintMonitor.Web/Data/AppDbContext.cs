using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintMonitor.Web.Data;

/// <remarks>
/// Migrations: <c>dotnet ef migrations add NAME --project ComplaintMonitor.Web --output-dir Data/Migrations</c>.
/// They are applied at start-up and by the <c>migrate</c> command.
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();
    public DbSet<ServiceUnit> Units => Set<ServiceUnit>();
    public DbSet<ServiceWindow> Windows => Set<ServiceWindow>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<HolidayDay> Holidays => Set<HolidayDay>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<AppSetting> Settings => Set<AppSetting>();
    public DbSet<DeadlineAlert> DeadlineAlerts => Set<DeadlineAlert>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<StatRow> StatRows => Set<StatRow>();
    public DbSet<ComplaintStatFact> ComplaintStatFacts => Set<ComplaintStatFact>();
    public DbSet<MonthlySnapshot> MonthlySnapshots => Set<MonthlySnapshot>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<StatQueueEntry> StatQueue => Set<StatQueueEntry>();
    public DbSet<IdentityAccess> IdentityAccessLog => Set<IdentityAccess>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvaluationStatRow> EvaluationStatRows => Set<EvaluationStatRow>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<RaterAccess> RaterAccessLog => Set<RaterAccess>();
    public DbSet<CaseClock> CaseClocks => Set<CaseClock>();
    public DbSet<CaseStatusCount> CaseStatusCounts => Set<CaseStatusCount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset in SQL; as UTC ticks the deadline scans stay index seeks.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}
