using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.Notifications;

[DisallowConcurrentExecution]
public sealed class DailyDigestJob(DailyDigest digest, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(DailyDigestJob));

    protected override string Name => nameof(DailyDigestJob);

    protected override async Task<long> RunAsync(CancellationToken ct) => await digest.SendAsync(ct);
}
