using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Warnings;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Warnings;

public sealed class WarningQueriesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<string> AssignedAsync(int unit, int? respondentStaff)
    {
        var c = await _db.Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complexity = Complexity.Simple,
            Complainant = Complainant.AnonymousPerson, RespondentType = respondentStaff is null ? RespondentType.Unit : RespondentType.Staff,
            RespondentUnitId = unit, RespondentStaffId = respondentStaff, Category = ComplaintCategory.Efficiency, Content = "排队太久",
        }, Supervisor);
        var apply = _db.Get<ApplyComplaintActionHandler>();
        var accepted = await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), Supervisor);
        await apply.HandleAsync(c.Id, accepted.Version, new AssignCommand(unit, []), Supervisor);
        return c.CaseNumber;
    }

    [Fact]
    public async Task Supervisors_SeeEveryWarning_HandlersOnlyTheirUnits_RespondentsNone()
    {
        var mine = await AssignedAsync(HandlerUnit, null);
        var other = await AssignedAsync(OtherUnit, null);
        var aboutMe = await AssignedAsync(HandlerUnit, RespondentStaff);
        var queries = _db.Get<WarningQueries>();

        // Simple cases accepted Monday are due Tuesday: amber from Monday on; red from Wednesday.
        var all = await queries.ListAsync(Supervisor);
        Assert.Equal([mine, other, aboutMe], all.Select(w => w.CaseNumber).Order());
        Assert.All(all, w => Assert.False(w.Red));

        _db.Time.Advance(TimeSpan.FromDays(2));
        var handlerView = await queries.ListAsync(Handler);
        Assert.Equal([mine, aboutMe], handlerView.Select(w => w.CaseNumber).Order());
        Assert.All(handlerView, w => Assert.True(w.Red));
        Assert.Equal([mine], (await queries.ListAsync(RespondentAsHandler)).Select(w => w.CaseNumber));
    }
}
