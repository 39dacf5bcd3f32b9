using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.Deadlines;

[DisallowConcurrentExecution]
public sealed class DeadlineScanJob(DeadlineScanner scanner, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(DeadlineScanJob));

    protected override string Name => nameof(DeadlineScanJob);

    protected override async Task<long> RunAsync(CancellationToken ct) => (await scanner.ScanAsync(ct)).Alerts;
}
