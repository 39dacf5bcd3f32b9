using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Notifications;

public sealed class DailyDigestTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> AssignedCaseAsync(string content)
    {
        var register = _db.Get<RegisterComplaintHandler>();
        var apply = _db.Get<ApplyComplaintActionHandler>();
        var c = await register.HandleAsync(new NewComplaint
        {
            Channel = Channel.Phone, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complexity = Complexity.Simple,
            Complainant = new Complainant("孙七", "13500001111", null, null, false), RespondentType = RespondentType.Window, RespondentUnitId = HandlerUnit,
            RespondentWindowId = 1, Category = ComplaintCategory.Efficiency, Content = content,
        }, Supervisor);
        var accepted = await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);
        await apply.HandleAsync(c.Id, accepted.Version, new AssignCommand(HandlerUnit, [], HandlerStaff), Supervisor);
        return c.Id;
    }

    [Fact]
    public async Task OneDigestPerUserPerDay_ListingTheirOwnCases()
    {
        var handler = await _db.AddUserAsync("handler", "Handler", HandlerStaff, HandlerUnit);
        var otherHandler = await _db.AddUserAsync("other", "Handler", 101, OtherUnit);
        var supervisor = await _db.AddUserAsync("supervisor", "Supervisor");
        await AssignedCaseAsync("一号件");
        await AssignedCaseAsync("二号件");

        // Monday: simple cases are due Tuesday, so already 黄灯.
        var sent = await _db.Get<DailyDigest>().SendAsync();
        var again = await _db.Get<DailyDigest>().SendAsync();

        Assert.Equal(2, sent);
        Assert.Equal(0, again);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(2, await ctx.Notifications.CountAsync(n => n.UserId == handler && n.Kind == NotificationKinds.Assigned));
        var mine = await ctx.Notifications.SingleAsync(n => n.UserId == handler && n.Kind == NotificationKinds.Digest);
        Assert.Equal(NotificationKinds.Digest, mine.Kind);
        Assert.Contains("黄灯 2 件", mine.Title);
        Assert.Contains("TS20261102", mine.Body);
        Assert.True(await ctx.Notifications.AnyAsync(n => n.UserId == supervisor && n.Kind == NotificationKinds.Digest));
        Assert.False(await ctx.Notifications.AnyAsync(n => n.UserId == otherHandler));
    }

    [Fact]
    public async Task NothingDue_NoDigest()
    {
        await _db.AddUserAsync("supervisor", "Supervisor");

        Assert.Equal(0, await _db.Get<DailyDigest>().SendAsync());
    }
}
