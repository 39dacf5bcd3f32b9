using Quartz;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>
/// Base of every scheduled job: no logic of its own, it hands the work (a service that tests call directly) to the
/// recorder. Concrete jobs carry [DisallowConcurrentExecution] so a slow run is never overlapped by the next.
/// </summary>
public abstract class ScheduledJob(JobRecorder recorder) : IJob
{
    public const string TriggerKey = "trigger";

    protected abstract string Name { get; }

    protected abstract Task<long> RunAsync(CancellationToken ct);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = context.MergedJobDataMap.GetString(TriggerKey) ?? "schedule";
        await recorder.RunAsync(Name, trigger, RunAsync, cancellationToken);
    }
}
