using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.Statistics;

[DisallowConcurrentExecution]
public sealed class StatisticsRollupJob(StatisticsRollup rollup, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(StatisticsRollupJob));

    protected override string Name => nameof(StatisticsRollupJob);

    protected override async Task<long> RunAsync(CancellationToken ct) => (await rollup.RunIncrementalAsync(ct)).Complaints;
}
