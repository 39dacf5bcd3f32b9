using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.LookBack;

[DisallowConcurrentExecution]
public sealed class LookBackJob(LookBackScheduler scheduler, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(LookBackJob));

    protected override string Name => nameof(LookBackJob);

    protected override async Task<long> RunAsync(CancellationToken ct) => await scheduler.ScheduleAsync(ct);
}
