using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.Statistics;

[DisallowConcurrentExecution]
public sealed class MonthlySnapshotJob(MonthlySnapshots snapshots, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(MonthlySnapshotJob));

    protected override string Name => nameof(MonthlySnapshotJob);

    protected override async Task<long> RunAsync(CancellationToken ct) => await snapshots.CatchUpAsync(ct: ct);
}
