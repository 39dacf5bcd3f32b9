using ComplaintMonitor.Web.Features.Deadlines;
using ComplaintMonitor.Web.Features.LookBack;
using ComplaintMonitor.Web.Features.Notifications;
using ComplaintMonitor.Web.Features.Statistics;
using Quartz;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>A scheduled job (its name and purpose are UI strings <c>Jobs.{Key}.Name/Description</c>); a job without a cron runs only when started by hand.</summary>
public sealed record JobDefinition(JobKey Key, Func<JobsOptions, string?> Cron, bool RunAtStartup,
    Action<IQuartzBuilder, JobKey> Register)
{
    public static JobDefinition Of<TJob>(JobKey key, Func<JobsOptions, string?> cron, bool runAtStartup)
        where TJob : IJob =>
        new(key, cron, runAtStartup, (q, k) => q.AddJob<TJob>(j => j.WithIdentity(k).StoreDurably()));
}

public static class JobCatalog
{
    public static IReadOnlyList<JobDefinition> All { get; } =
    [
        JobDefinition.Of<DeadlineScanJob>(DeadlineScanJob.Key, o => o.DeadlineScan, runAtStartup: true),
        JobDefinition.Of<StatisticsRollupJob>(StatisticsRollupJob.Key, o => o.StatisticsRollup, runAtStartup: true),
        JobDefinition.Of<DailyDigestJob>(DailyDigestJob.Key, o => o.DailyDigest, runAtStartup: false),
        JobDefinition.Of<LookBackJob>(LookBackJob.Key, o => o.LookBack, runAtStartup: true),
        JobDefinition.Of<StatisticsRecomputeJob>(StatisticsRecomputeJob.Key, _ => null, runAtStartup: false),
        JobDefinition.Of<MonthlySnapshotJob>(MonthlySnapshotJob.Key, o => o.MonthlySnapshot, runAtStartup: true),
    ];
}
