using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>A job's schedule and last run, as the operations page shows it.</summary>
public sealed record JobStatus(JobDefinition Definition, string? Cron, JobRun? LastRun, DateTimeOffset? NextRun, bool Running, (int Done, int Total)? Progress);

/// <summary>Reads the job catalogue, the last runs and Quartz's next fire times; starts a job on demand.</summary>
public sealed class JobsOverview(IDbContextFactory<AppDbContext> dbFactory, JobsOptions options, JobProgress progress, JobRecorder recorder, IServiceProvider services)
{
    public bool Enabled => options.Enabled;

    public async Task<IReadOnlyList<JobStatus>> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = JobCatalog.All.Select(j => j.Key.Name).ToList();
        var lastIds = await db.JobRuns.Where(r => names.Contains(r.Job)).GroupBy(r => r.Job).Select(g => g.Max(r => r.Id)).ToListAsync(ct);
        var runs = await db.JobRuns.AsNoTracking().Where(r => lastIds.Contains(r.Id)).ToDictionaryAsync(r => r.Job, ct);
        var scheduler = await SchedulerAsync(ct);
        var result = new List<JobStatus>();
        foreach (var job in JobCatalog.All)
        {
            DateTimeOffset? next = null;
            if (scheduler is not null)
            {
                next = (await scheduler.GetTriggersOfJob(job.Key, ct)).Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            }
            result.Add(new JobStatus(job, job.Cron(options), runs.GetValueOrDefault(job.Key.Name), next, recorder.Running.ContainsKey(job.Key.Name), progress.Of(job.Key.Name)));
        }
        return result;
    }

    public async Task<bool> RunNowAsync(JobKey key, CancellationToken ct = default)
    {
        if (await SchedulerAsync(ct) is not { } scheduler)
        {
            return false;
        }
        await scheduler.TriggerJob(key, new JobDataMap { [ScheduledJob.TriggerKey] = "manual" }, ct);
        return true;
    }

    private async Task<IScheduler?> SchedulerAsync(CancellationToken ct) =>
        options.Enabled && services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(ct) : null;
}
