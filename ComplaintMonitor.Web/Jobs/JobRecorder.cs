using System.Diagnostics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>Runs a job's work and writes one <see cref="JobRun"/> row: start, duration, rows touched, error. A failure is recorded, not thrown.</summary>
public sealed class JobRecorder(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<JobRecorder> logger)
{
    public async Task<JobRun> RunAsync(string job, string trigger, Func<CancellationToken, Task<long>> work, CancellationToken ct)
    {
        var run = new JobRun { Job = job, Trigger = trigger, StartedAt = time.GetUtcNow() };
        var clock = Stopwatch.StartNew();
        try
        {
            run.RowsTouched = await work(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed", job);
            run.Error = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
        }
        run.DurationMs = clock.ElapsedMilliseconds;
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
        return run;
    }
}
