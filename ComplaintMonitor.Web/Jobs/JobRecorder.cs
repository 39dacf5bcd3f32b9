using System.Collections.Concurrent;
using System.Diagnostics;
using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>Runs a job's work and writes one <see cref="JobRun"/> row: start, duration, rows touched, error. A failure is recorded, not thrown.</summary>
public sealed class JobRecorder(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<JobRecorder> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _running = new();

    /// <summary>Jobs executing in this process now, with their start.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Running => _running;

    public async Task<JobRun> RunAsync(string job, string trigger, Func<CancellationToken, Task<long>> work, CancellationToken ct)
    {
        var run = new JobRun { Job = job, Trigger = trigger, StartedAt = time.GetUtcNow() };
        var clock = Stopwatch.StartNew();
        _running[job] = run.StartedAt;
        try
        {
            run.RowsTouched = await work(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed", job);
            run.Error = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
        }
        finally
        {
            _running.TryRemove(job, out _);
        }
        run.DurationMs = clock.ElapsedMilliseconds;
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
        return run;
    }
}
