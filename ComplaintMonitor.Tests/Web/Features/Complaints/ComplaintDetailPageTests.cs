using Microsoft.Extensions.DependencyInjection;
using ComplaintMonitor.Web.Features.Complaints;
using Microsoft.AspNetCore.Components;
using Bunit;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using MudBlazor;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplaintDetailPageTests : ComplaintComponentTestBase
{
    private IRenderedComponent<ComplaintDetailPage> RenderPage(long id, Actor actor)
    {
        SignInAs(actor);
        Ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Ctx.Render<MudPopoverProvider>();
        var cut = Ctx.Render<ComplaintDetailPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[data-testid=case-number], [data-testid=forbidden]").Count > 0));
        return cut;
    }

    [Fact]
    public async Task AnotherUsersAction_AppearsWithoutReload_WithANote()
    {
        var id = await Cases.AddAsync(null, new AcceptCommand());
        var cut = RenderPage(id, Supervisor);
        Assert.Equal("受理", cut.Find("[data-testid=status-chip]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=live-changed]"));

        var apply = Ctx.Services.GetRequiredService<ApplyComplaintActionHandler>();
        await apply.HandleAsync(id, 1, new AssignCommand(HandlerUnit, [], HandlerStaff), Supervisor2);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("转办", cut.Find("[data-testid=status-chip]").TextContent.Trim());
            Assert.Contains("转办", cut.Find("[data-testid=live-changed]").TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Supervisor_SeesFactsActionsDeadlinesAndAReadableTimeline()
    {
        var id = await Cases.AddAsync(null,
            new AcceptCommand(), new AssignCommand(HandlerUnit, [OtherUnit], HandlerStaff, null, "请三日内核实"));

        var cut = RenderPage(id, Supervisor);

        Assert.Equal("TS202611020001", cut.Find("[data-testid=case-number]").TextContent.Trim());
        Assert.Equal("转办", cut.Find("[data-testid=status-chip]").TextContent.Trim());
        Assert.Equal(["转办", "开始调查", "撤回", "申请延期"], cut.FindAll("[data-testid=action-panel] [data-action]").Select(b => b.TextContent.Trim()));
        var timeline = Flat(cut.Find("[data-testid=timeline]").TextContent);
        Assert.Contains("转办", timeline);
        Assert.Contains("受理→转办", timeline);
        Assert.Contains("牵头单位测试单位甲", timeline);
        Assert.Contains("协办单位测试单位乙", timeline);
        Assert.Contains("承办人承办甲", timeline);
        Assert.Contains("交办要求请三日内核实", timeline);
        Assert.Contains("督查甲（督查）", timeline);
        Assert.DoesNotContain("{", timeline);
        Assert.DoesNotContain("LeadUnitId", timeline);
        var kinds = cut.FindAll("[data-testid=deadline-row]").Select(r => r.GetAttribute("data-kind"));
        Assert.Equal(["AcceptBy", "ReplyBy"], kinds);
        Assert.Contains("按时完成", cut.Find("[data-testid=deadlines]").TextContent);
        Assert.Contains("张*", cut.Find("[data-testid=complainant-card]").TextContent);
    }

    [Fact]
    public async Task Timeline_ShowsRejectionReasonsByName()
    {
        var id = await Cases.AddAsync(null, new RejectCommand([RejectionReason.OutOfScope, RejectionReason.BelongsToXinfang], "请通过信访渠道反映"));

        var cut = RenderPage(id, Supervisor);

        var timeline = Flat(cut.Find("[data-testid=timeline]").TextContent);
        Assert.Contains("不予受理理由投诉内容不属于政务服务范畴、属于信访事项，应通过信访渠道反映", timeline);
        Assert.Contains("告知内容请通过信访渠道反映", timeline);
    }

    [Fact]
    public async Task Reveal_AppearsInTheTimeline()
    {
        var id = await Cases.AddAsync();
        var cut = RenderPage(id, Supervisor);

        await cut.Find("[data-testid=reveal-identity]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("查看投诉人信息",
            cut.FindAll("[data-testid=timeline-item]").Select(i => i.TextContent).First()));
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task HandlerOfAnotherUnit_IsForbidden()
    {
        var id = await Cases.AssignedAsync(HandlerUnit, HandlerStaff);

        var cut = RenderPage(id, OtherHandler);

        Assert.NotNull(cut.Find("[data-testid=forbidden]"));
        Assert.DoesNotContain("TS202611020001", cut.Markup);
    }

    [Fact]
    public async Task HandlerNamedAsRespondent_IsForbidden_EvenInTheirOwnUnit()
    {
        var id = await Cases.AssignedAsync(HandlerUnit, null);

        var cut = RenderPage(id, RespondentAsHandler);

        Assert.NotNull(cut.Find("[data-testid=forbidden]"));
        Assert.Empty(cut.FindAll("[data-testid=complainant-card]"));
    }

    [Fact]
    public async Task HandlerOfTheLeadUnit_SeesTheCase_WithoutTheRevealButton()
    {
        var id = await Cases.AssignedAsync(HandlerUnit, null);

        var cut = RenderPage(id, Handler);

        Assert.NotNull(cut.Find("[data-testid=case-number]"));
        Assert.Empty(cut.FindAll("[data-testid=reveal-identity]"));
        Assert.Equal(["开始调查", "申请延期"], cut.FindAll("[data-testid=action-panel] [data-action]").Select(b => b.TextContent.Trim()));
    }
}
