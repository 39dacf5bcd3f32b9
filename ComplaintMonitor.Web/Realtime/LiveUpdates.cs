using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ComplaintMonitor.Web.Realtime;

/// <summary>
/// The change feed as one Blazor circuit sees it (scoped: one per circuit): only what the signed-in user may see, and
/// throttled — a component hears of the first change at once, then at most once per <see cref="Window"/> with
/// everything that arrived meanwhile, so a burst of changes costs a couple of re-renders, not one each. Components subscribe in OnInitialized and dispose the subscription.
/// </summary>
public sealed class LiveUpdates(ChangeFeed feed, CurrentActor currentActor) : CircuitHandler, IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<Batcher> _batchers = [];
    private bool _wasDown;

    /// <summary>Subscribes a component of this circuit; null when nobody is signed in (nothing to see).</summary>
    /// <param name="onChanges">Called with what arrived (coalesced); a <see cref="Reconnected"/> always comes through.</param>
    /// <param name="wants">The kinds of change the component reacts to (all when null): the others never wake it, which
    /// spares every open page a thread-pool hop and a timer per change it would ignore.</param>
    public async Task<IDisposable?> SubscribeAsync(Func<IReadOnlyList<ChangeEvent>, Task> onChanges, Func<ChangeEvent, bool>? wants = null)
    {
        if (await currentActor.GetAsync() is not { } actor)
        {
            return null;
        }
        var batcher = new Batcher(onChanges);
        var subscription = feed.Subscribe(change =>
        {
            if ((wants is null || wants(change)) && MaySee(actor, change))
            {
                batcher.Add(change);
            }
            return Task.CompletedTask;
        });
        lock (_subscriptions)
        {
            _subscriptions.Add(subscription);
            _batchers.Add(batcher);
        }
        return subscription;
    }

    // A push is a hint: after the browser reconnects, every subscriber is told to reload, since changes may have been missed.
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _wasDown = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_wasDown)
        {
            _wasDown = false;
            lock (_subscriptions)
            {
                foreach (var batcher in _batchers)
                {
                    batcher.Add(new Reconnected());
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Overseers see every case; a handler the cases of their unit or assigned to them, never one they are the respondent of.</summary>
    public static bool MaySee(Actor actor, ChangeEvent change) => change switch
    {
        NotificationCreated n => n.UserId == actor.UserId,
        ComplaintChanged c => ComplaintVisibility.MaySee(actor, c.LeadUnitId, c.HandlerStaffId, c.RespondentStaffId),
        DeadlineAlerted a when actor.Role == UserRole.Handler => actor.UnitId is not null && actor.UnitId == a.LeadUnitId,
        EvaluationReceived e when actor.Role == UserRole.Handler => actor.UnitId is not null && actor.UnitId == e.UnitId,
        Reconnected => true,
        _ => actor.Role is UserRole.Leader or UserRole.Supervisor or UserRole.Admin,
    };

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions)
            {
                s.Dispose();
            }
            _subscriptions.Clear();
            _batchers.Clear();
        }
    }

    /// <summary>
    /// Leading-edge throttle: the first change of a quiet spell is delivered at once; what arrives within the next
    /// <see cref="Window"/> is gathered and delivered together when it ends — at most one delivery per window.
    /// </summary>
    private sealed class Batcher(Func<IReadOnlyList<ChangeEvent>, Task> deliver)
    {
        private readonly Lock _gate = new();
        private List<ChangeEvent>? _pending;
        private bool _cooling;

        public void Add(ChangeEvent change)
        {
            lock (_gate)
            {
                if (_cooling)
                {
                    (_pending ??= []).Add(change);
                    return;
                }
                _cooling = true;
            }
            _ = DeliverThenCoolAsync([change]);
        }

        private async Task DeliverThenCoolAsync(List<ChangeEvent> batch)
        {
            // Off the publisher's thread: a component's reload (SQLite calls complete synchronously) must not hold up the
            // action that published, nor the circuits after this one.
            await Task.Yield();
            while (true)
            {
                try
                {
                    await deliver(batch);
                }
                catch (Exception)
                {
                    // A failing component must not stop its later updates (a reload on the next change repairs it).
                }
                await Task.Delay(Window);
                lock (_gate)
                {
                    if (_pending is null)
                    {
                        _cooling = false;
                        return;
                    }
                    batch = _pending;
                    _pending = null;
                }
            }
        }
    }
}
