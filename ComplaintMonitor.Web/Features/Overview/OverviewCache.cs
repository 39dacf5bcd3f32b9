using System.Collections.Concurrent;
using ComplaintMonitor.Web.Realtime;

namespace ComplaintMonitor.Web.Features.Overview;

/// <summary>
/// The overview counts shared by every open dashboard: after a change, the first circuit to ask computes them and the
/// others await the same result, so a hundred wall screens cost one set of queries per burst, not a hundred.
/// Cleared by any committed change, and never older than 30 seconds (amber turns red with time alone).
/// </summary>
public sealed class OverviewCache : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, (Lazy<Task<OverviewCounts>> Counts, DateTimeOffset At)> _byScope = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;

    public OverviewCache(ChangeFeed feed, IServiceScopeFactory scopes, TimeProvider time)
    {
        _scopes = scopes;
        _time = time;
        _subscription = feed.Subscribe(change =>
        {
            if (change is ComplaintChanged or DeadlineAlerted)
            {
                _byScope.Clear();
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>Counts for the centre (null) or one lead unit.</summary>
    public Task<OverviewCounts> GetAsync(int? unitId)
    {
        var key = unitId ?? 0;
        var now = _time.GetUtcNow();
        var entry = _byScope.AddOrUpdate(key,
            _ => (Compute(unitId), now),
            (_, old) => now - old.At > MaxAge || old.Counts.Value.IsFaulted ? (Compute(unitId), now) : old);
        return entry.Counts.Value;
    }

    private Lazy<Task<OverviewCounts>> Compute(int? unitId) => new(async () =>
    {
        // The counts are computed on the thread pool, never inline in whoever asked first (a change-feed delivery, say).
        await Task.Yield();
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverviewQueries>().GetAsync(unitId);
    });

    public void Dispose() => _subscription.Dispose();
}
