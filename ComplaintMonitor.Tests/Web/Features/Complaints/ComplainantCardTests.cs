using Bunit;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplainantCardTests : ComplaintComponentTestBase
{
    private async Task<IRenderedComponent<ComplainantCard>> RenderCardAsync(long id, Actor actor, Action? revealed = null)
    {
        var complaint = await new ComplaintDetailQuery(Db.Factory).GetAsync(id);
        return Ctx.Render<ComplainantCard>(p => p
            .Add(x => x.Complaint, complaint!)
            .Add(x => x.Actor, actor)
            .Add(x => x.Revealed, () => revealed?.Invoke()));
    }

    private static string Text(IRenderedComponent<ComplainantCard> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public async Task Identity_IsMaskedByDefault_ForEveryone()
    {
        var id = await Cases.AddAsync();

        var cut = await RenderCardAsync(id, Supervisor);

        Assert.Equal("张*", Text(cut, "identity-name"));
        Assert.Equal("138****1234", Text(cut, "identity-phone"));
        Assert.Equal("1*************002X", Text(cut, "identity-id"));
        Assert.Equal("内蒙古自治区****", Text(cut, "identity-address"));
        Assert.DoesNotContain("张三", cut.Markup);
        Assert.DoesNotContain("13812341234", cut.Markup);
    }

    [Fact]
    public async Task RevealButton_IsOfferedOnlyWithTheRevealIdentityPolicy()
    {
        var id = await Cases.AssignedAsync(HandlerUnit, HandlerStaff);

        SignInAs(Handler);
        var handlerView = await RenderCardAsync(id, Handler);
        Assert.Empty(handlerView.FindAll("[data-testid=reveal-identity]"));
        Assert.Equal("138****1234", Text(handlerView, "identity-phone"));

        SignInAs(Leader);
        var leaderView = await RenderCardAsync(id, Leader);
        Assert.NotNull(leaderView.Find("[data-testid=reveal-identity]"));
    }

    [Fact]
    public async Task Reveal_ShowsTheIdentity_AndWritesTheAccessLogAndAHistoryRow()
    {
        var id = await Cases.AddAsync();
        var revealed = 0;
        var cut = await RenderCardAsync(id, Supervisor, () => revealed++);

        await cut.Find("[data-testid=reveal-identity]").ClickAsync(new());

        Assert.Equal("张三", Text(cut, "identity-name"));
        Assert.Equal("13812341234", Text(cut, "identity-phone"));
        Assert.Equal("11010519491231002X", Text(cut, "identity-id"));
        Assert.NotNull(cut.Find("[data-testid=identity-revealed]"));
        Assert.Equal(1, revealed);
        var log = Assert.Single(await InDbAsync(db => db.IdentityAccessLog.ToListAsync()));
        Assert.Equal((id, Supervisor.UserId, "督查甲"), (log.ComplaintId, log.UserId, log.UserName));
        var history = await InDbAsync(db => db.History.Where(h => h.ComplaintId == id).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());
        Assert.Equal(["Register", Complaint.RevealIdentityAction], history);
    }

    [Fact]
    public async Task TheRespondent_SeesOnlyTheSurnameMask_AndCannotReveal()
    {
        var id = await Cases.AddAsync();
        var respondentSupervisor = Supervisor with { StaffId = RespondentStaff };
        SignInAs(respondentSupervisor);

        var cut = await RenderCardAsync(id, respondentSupervisor);

        Assert.Equal("张*", Text(cut, "identity-name"));
        Assert.Empty(cut.FindAll("[data-testid=identity-phone]"));
        Assert.Empty(cut.FindAll("[data-testid=identity-id]"));
        Assert.Empty(cut.FindAll("[data-testid=identity-address]"));
        Assert.DoesNotContain("1234", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=reveal-identity]"));
    }

    [Fact]
    public async Task AnAnonymousComplaint_HasNothingToReveal()
    {
        var id = await Cases.AddAsync(i => i with { Complainant = Complainant.AnonymousPerson });

        var cut = await RenderCardAsync(id, Supervisor);

        Assert.Equal("匿名投诉", Text(cut, "identity-anonymous"));
        Assert.Empty(cut.FindAll("[data-testid=reveal-identity]"));
    }
}
