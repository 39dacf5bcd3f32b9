using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Overview;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Overview;

public sealed class OverviewTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> RegisterAsync(int unit)
    {
        var c = await _db.Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.Phone, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complainant = Complainant.AnonymousPerson,
            RespondentType = RespondentType.Unit, RespondentUnitId = unit, Category = ComplaintCategory.Other, Content = "内容",
        }, Supervisor);
        var apply = _db.Get<ApplyComplaintActionHandler>();
        var accepted = await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);
        await apply.HandleAsync(c.Id, accepted.Version, new AssignCommand(unit, []), Supervisor);
        return c.Id;
    }

    [Fact]
    public async Task Counts_FollowTheCasesAndTheClock_AndTheCacheIsClearedByChanges()
    {
        var cache = _db.Get<OverviewCache>();
        await RegisterAsync(HandlerUnit);
        await RegisterAsync(OtherUnit);

        var centre = await cache.GetAsync(null);
        Assert.Equal(2, centre.RegisteredToday);
        Assert.Equal(2, centre.Open);
        Assert.Equal(2, centre.OpenByStatus[ComplaintStatus.Assigned]);
        Assert.Equal(0, centre.Red);
        Assert.Equal(1, (await cache.GetAsync(HandlerUnit)).Open);

        await RegisterAsync(HandlerUnit);
        await Task.Delay(200);
        Assert.Equal(3, (await cache.GetAsync(null)).Open);

        // Ordinary cases accepted Monday are due Wednesday: red from Thursday; the cache expires within 30 seconds.
        _db.Time.Advance(TimeSpan.FromDays(3));
        var later = await cache.GetAsync(null);
        Assert.Equal(3, later.Red);
        Assert.Equal(0, later.RegisteredToday);
    }
}
