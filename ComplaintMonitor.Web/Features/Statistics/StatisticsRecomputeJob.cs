using ComplaintMonitor.Web.Jobs;
using Quartz;

namespace ComplaintMonitor.Web.Features.Statistics;

/// <summary>The full recompute, run on demand from the operations page (or <c>seed-demo</c>), with progress.</summary>
[DisallowConcurrentExecution]
public sealed class StatisticsRecomputeJob(StatisticsRollup rollup, JobProgress progress, JobRecorder recorder) : ScheduledJob(recorder)
{
    public static readonly JobKey Key = new(nameof(StatisticsRecomputeJob));

    protected override string Name => nameof(StatisticsRecomputeJob);

    protected override async Task<long> RunAsync(CancellationToken ct)
    {
        try
        {
            var result = await rollup.RecomputeAllAsync(new Progress(p => progress.Report(Name, p.Done, p.Total)), ct);
            return result.Complaints;
        }
        finally
        {
            progress.Finish(Name);
        }
    }

    private sealed class Progress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
