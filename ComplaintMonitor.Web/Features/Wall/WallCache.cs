using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Realtime;

namespace ComplaintMonitor.Web.Features.Wall;

/// <summary>
/// The wall's data shared by every wall screen: the first circuit to ask after a change computes it and the others
/// await the same task, so hundreds of screens cost one set of queries per burst. Cleared by committed changes
/// (complaints, deadline alerts, ratings) and never older than <see cref="MaxAge"/>.
/// A complaint change also brings the complaint rollups up to date first (an incremental run of the queued cases,
/// normally the rollup job's every few minutes), so the counters move with the change that was pushed.
/// </summary>
public sealed class WallCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The twelve-month trend is kept longer and not cleared by each change: one case moves a monthly bar by one, and
    /// the grouped read of a year of month rows is the load's largest part.
    /// </summary>
    public static readonly TimeSpan TrendMaxAge = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly StatisticsRollup _rollup;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private (Lazy<Task<WallData>> Data, DateTimeOffset At)? _entry;
    private (Lazy<Task<WallTrend>> Trend, DateOnly Today, DateTimeOffset At)? _trend;
    // True at first too: the first wall after a start shows the rollups caught up, not as the last job run left them.
    private bool _rollupBehind = true;

    // The overview cache is taken here so that it subscribes to the feed before this one: a change clears it first.
    public WallCache(ChangeFeed feed, IServiceScopeFactory scopes, StatisticsRollup rollup, Overview.OverviewCache overview, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(overview);
        _scopes = scopes;
        _rollup = rollup;
        _time = time;
        _subscription = feed.Subscribe(change =>
        {
            if (change is ComplaintChanged or DeadlineAlerted or EvaluationReceived)
            {
                lock (_gate)
                {
                    _entry = null;
                    _rollupBehind |= change is ComplaintChanged;
                }
            }
            return Task.CompletedTask;
        });
    }

    public Task<WallData> GetAsync()
    {
        var now = _time.GetUtcNow();
        Lazy<Task<WallData>> data;
        lock (_gate)
        {
            if (_entry is not { } e || now - e.At > MaxAge || (e.Data.IsValueCreated && e.Data.Value.IsFaulted))
            {
                var catchUp = _rollupBehind;
                _rollupBehind = false;
                e = (new Lazy<Task<WallData>>(() => ComputeAsync(catchUp)), now);
                _entry = e;
            }
            data = e.Data;
        }
        return data.Value;
    }

    private async Task<WallData> ComputeAsync(bool catchUpRollup)
    {
        // Never inside the publisher's loop (SQLite calls may complete synchronously): the other subscribers hear of the change first.
        await Task.Yield();
        if (catchUpRollup)
        {
            await _rollup.RunIncrementalAsync();
        }
        await using var scope = _scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<WallQueries>();
        return await queries.LoadAsync(await TrendAsync());
    }

    private Task<WallTrend> TrendAsync()
    {
        var now = _time.GetUtcNow();
        var today = Domain.Calendar.ChinaTime.DateOf(now);
        Lazy<Task<WallTrend>> trend;
        lock (_gate)
        {
            if (_trend is not { } t || t.Today != today || now - t.At > TrendMaxAge || (t.Trend.IsValueCreated && t.Trend.Value.IsFaulted))
            {
                t = (new Lazy<Task<WallTrend>>(async () =>
                {
                    await using var scope = _scopes.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<WallQueries>().TrendAsync(today);
                }), today, now);
                _trend = t;
            }
            trend = t.Trend;
        }
        return trend.Value;
    }

    public void Dispose() => _subscription.Dispose();
}
