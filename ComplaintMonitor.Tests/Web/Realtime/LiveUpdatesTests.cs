using System.Security.Claims;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintMonitor.Tests.Web.Realtime;

public sealed class LiveUpdatesTests
{
    private sealed class SignedIn(string userId, string role, int? unit = null, int? staff = null) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            List<Claim> claims = [new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Role, role)];
            if (unit is not null)
            {
                claims.Add(new Claim(AppClaims.UnitId, unit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (staff is not null)
            {
                claims.Add(new Claim(AppClaims.StaffId, staff.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
        }
    }

    private static ComplaintChanged Changed(long id, int? unit, int? respondent = null) =>
        new(id, $"TS{id}", "Assign", "Accepted", "Assigned", 2, DateTimeOffset.UtcNow, unit, null, respondent, null);

    [Fact]
    public void Handlers_SeeTheirUnitsCases_NeverOnesTheyAreTheRespondentOf()
    {
        var handler = new Actor("h", "承办", UserRole.Handler, StaffId: 100, UnitId: 10);

        Assert.True(LiveUpdates.MaySee(handler, Changed(1, 10)));
        Assert.False(LiveUpdates.MaySee(handler, Changed(2, 11)));
        Assert.False(LiveUpdates.MaySee(handler, Changed(3, 10, respondent: 100)));
        Assert.False(LiveUpdates.MaySee(handler, new NotificationCreated("someone-else", 1, "Assigned", "x", null, null)));
        Assert.True(LiveUpdates.MaySee(new Actor("s", "督查", UserRole.Supervisor), Changed(2, 11)));
    }

    [Fact]
    public async Task TheFirstChangeArrivesAtOnce_ABurstIsDeliveredTogether()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        using var live = new LiveUpdates(feed, new CurrentActor(new SignedIn("sup", AppRoles.Supervisor)));
        var deliveries = new List<IReadOnlyList<ChangeEvent>>();
        var two = new TaskCompletionSource();
        using var subscription = await live.SubscribeAsync(batch =>
        {
            lock (deliveries)
            {
                deliveries.Add(batch);
                if (deliveries.Count == 2)
                {
                    two.TrySetResult();
                }
            }
            return Task.CompletedTask;
        });

        feed.Publish([Changed(1, 10)]);
        feed.Publish([Changed(2, 10), Changed(3, 10), Changed(4, 10)]);
        await two.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1L], deliveries[0].OfType<ComplaintChanged>().Select(c => c.ComplaintId));
        Assert.Equal([2L, 3L, 4L], deliveries[1].OfType<ComplaintChanged>().Select(c => c.ComplaintId));
    }

    [Fact]
    public async Task A_subscriber_is_woken_only_by_the_kinds_of_change_it_wants()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        using var live = new LiveUpdates(feed, new CurrentActor(new SignedIn("sup", AppRoles.Supervisor)));
        var delivered = new List<ChangeEvent>();
        var note = new TaskCompletionSource();
        using var subscription = await live.SubscribeAsync(batch =>
        {
            lock (delivered)
            {
                delivered.AddRange(batch);
            }
            if (batch.OfType<NotificationCreated>().Any())
            {
                note.TrySetResult();
            }
            return Task.CompletedTask;
        }, change => change is NotificationCreated);

        feed.Publish([Changed(1, 10)]);
        feed.Publish([new NotificationCreated("sup", 1, "Assigned", "交办", null, null)]);
        await note.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([typeof(NotificationCreated)], delivered.Select(c => c.GetType()));
    }
}
