namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// The one in-process publisher of committed changes (eShop's OrderStatusNotificationService pattern): producers call
/// <see cref="Publish"/> after their transaction commits; Blazor circuits and the SignalR relay subscribe and dispose.
/// A failing subscriber never stops the others or the producer.
/// Subscribers are called on the publisher's thread, in order, so that cheap ones (the caches' invalidation) have acted
/// before the action returns and a page it then renders reads fresh counts. A subscriber that queries must therefore
/// hand off first (<c>await Task.Yield()</c>, as LiveUpdates, OverviewCache and WallCache do): Microsoft.Data.Sqlite's
/// async calls complete synchronously, and an inline query would hold up the action that published.
/// </summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> logger)
{
    private readonly Lock _gate = new();
    private ImmutableSubscribers _subscribers = ImmutableSubscribers.Empty;

    public IDisposable Subscribe(Func<ChangeEvent, Task> handler)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Add(handler);
        }
        return new Subscription(this, handler);
    }

    public void Publish(IEnumerable<ChangeEvent> events)
    {
        foreach (var e in events)
        {
            foreach (var handler in _subscribers.Handlers)
            {
                _ = Deliver(handler, e);
            }
        }
    }

    private async Task Deliver(Func<ChangeEvent, Task> handler, ChangeEvent e)
    {
        try
        {
            await handler(e);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A change-feed subscriber failed on {Event}", e.GetType().Name);
        }
    }

    private void Unsubscribe(Func<ChangeEvent, Task> handler)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Remove(handler);
        }
    }

    private sealed class Subscription(ChangeFeed feed, Func<ChangeEvent, Task> handler) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(handler);
    }

    // Copy-on-write: publishing reads a snapshot without locking while circuits come and go.
    private sealed record ImmutableSubscribers(IReadOnlyList<Func<ChangeEvent, Task>> Handlers)
    {
        public static ImmutableSubscribers Empty { get; } = new([]);

        public ImmutableSubscribers Add(Func<ChangeEvent, Task> h) => new([.. Handlers, h]);

        public ImmutableSubscribers Remove(Func<ChangeEvent, Task> h) => new([.. Handlers.Where(x => x != h)]);
    }
}
