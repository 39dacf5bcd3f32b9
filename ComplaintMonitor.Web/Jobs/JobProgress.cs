using System.Collections.Concurrent;

namespace ComplaintMonitor.Web.Jobs;

/// <summary>Progress of long-running jobs (the full statistics recompute), for the operations page. Singleton.</summary>
public sealed class JobProgress
{
    private readonly ConcurrentDictionary<string, (int Done, int Total)> _running = new();

    public void Report(string job, int done, int total) => _running[job] = (done, total);

    public void Finish(string job) => _running.TryRemove(job, out _);

    public (int Done, int Total)? Of(string job) => _running.TryGetValue(job, out var p) ? p : null;
}
