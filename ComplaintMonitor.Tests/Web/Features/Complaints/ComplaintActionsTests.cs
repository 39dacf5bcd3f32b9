using Bunit;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Complaints.Actions;
using ComplaintMonitor.Web.Features.Complaints.Detail;
using Microsoft.Extensions.DependencyInjection;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class ComplaintActionsTests : ComplaintComponentTestBase
{
    private IRenderedComponent<ContainerFragment> RenderPanel(Complaint complaint, Actor actor, Action? changed = null, OrgChart? org = null) =>
        Ctx.Render(b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<MudDialogProvider>(1);
            b.CloseComponent();
            b.OpenComponent<ComplaintActions>(2);
            b.AddAttribute(3, nameof(ComplaintActions.Complaint), complaint);
            b.AddAttribute(4, nameof(ComplaintActions.Actor), actor);
            b.AddAttribute(5, nameof(ComplaintActions.Org), org ?? OrgChart.Empty);
            b.AddAttribute(6, nameof(ComplaintActions.Changed), EventCallback.Factory.Create(this, () => changed?.Invoke()));
            b.CloseComponent();
        });

    private static string[] Buttons(IRenderedComponent<ContainerFragment> cut) =>
        [.. cut.FindAll("[data-testid=action-panel] [data-action]").Select(b => b.TextContent.Trim())];

    public static TheoryData<ComplaintStatus, string, string[]> PanelCases => new()
    {
        { ComplaintStatus.Registered, "supervisor", ["受理", "不予受理", "要求补正", "撤回"] },
        { ComplaintStatus.Registered, "handler", [] },
        { ComplaintStatus.NeedInfo, "supervisor", ["补正材料", "不予受理", "撤回"] },
        { ComplaintStatus.Accepted, "supervisor", ["当场处理", "转办", "撤回"] },
        { ComplaintStatus.Assigned, "handler", ["开始调查", "申请延期"] },
        { ComplaintStatus.Assigned, "other-handler", [] },
        { ComplaintStatus.Assigned, "respondent", [] },
        { ComplaintStatus.Investigating, "handler", ["处置", "申请延期"] },
        { ComplaintStatus.Investigating, "leader", [] },
        { ComplaintStatus.Handled, "handler", ["答复", "申请延期"] },
        { ComplaintStatus.Replied, "supervisor", ["回访"] },
        { ComplaintStatus.Replied, "handler", [] },
        { ComplaintStatus.Visited, "supervisor", ["办结"] },
        // Closed and upheld: selected for 回头看, which is not due yet, so neither look-back nor archiving is offered.
        { ComplaintStatus.Closed, "supervisor", [] },
        { ComplaintStatus.Archived, "supervisor", [] },
    };

    [Theory]
    [MemberData(nameof(PanelCases))]
    public void Panel_ShowsExactlyTheActionsTheDomainAllows(ComplaintStatus status, string who, string[] expected)
    {
        var actor = who switch
        {
            "handler" => Handler,
            "other-handler" => OtherHandler,
            "respondent" => RespondentAsHandler,
            "leader" => Leader,
            _ => Supervisor,
        };
        var complaint = new ComplaintBuilder().InState(status);

        var cut = RenderPanel(complaint, actor);

        Assert.Equal(expected, Buttons(cut));
        var allowed = complaint.AllowedActions(actor, Db.Time.GetUtcNow(), Context).Select(a => ZhNames.Of(a));
        Assert.Equal(allowed, Buttons(cut));
        if (expected.Length == 0)
        {
            Assert.NotNull(cut.Find("[data-testid=no-actions]"));
        }
    }

    [Fact]
    public void Panel_OnAnArchivedCase_SaysItIsReadOnly()
    {
        var cut = RenderPanel(new ComplaintBuilder().InState(ComplaintStatus.Archived), Supervisor);

        Assert.Equal("本件已归档，只读。", cut.Find("[data-testid=no-actions]").TextContent.Trim());
    }

    [Fact]
    public void Panel_ForAVisitedDissatisfiedCase_OffersReopenAndReview_NotClose()
    {
        var complaint = new ComplaintBuilder().Dissatisfied().InState(ComplaintStatus.Visited);

        var cut = RenderPanel(complaint, Supervisor);

        Assert.Equal(["重办", "复核"], Buttons(cut));
    }

    [Fact]
    public async Task RejectDialog_WithNothingFilledIn_ShowsChineseMessages_AndStoresNothing()
    {
        var id = await Cases.AddAsync();
        var cut = RenderPanel((await LoadAsync(id))!, Supervisor);

        Open(cut, ComplaintAction.Reject);
        await ClickAsync(cut, "[data-testid=action-submit]");

        var markup = cut.Markup;
        Assert.Contains("请选择不予受理理由", markup);
        Assert.Contains("请填写不予受理告知内容", markup);
        Assert.NotNull(cut.Find("[data-testid=action-dialog]"));
        var stored = await LoadAsync(id);
        Assert.Equal((ComplaintStatus.Registered, 0, 1), (stored!.Status, stored.Version, stored.History.Count));
    }

    [Fact]
    public async Task AcceptDialog_Submits_ClosesAndReportsTheChange()
    {
        var id = await Cases.AddAsync();
        var changed = 0;
        var cut = RenderPanel((await LoadAsync(id))!, Supervisor, () => changed++);

        Open(cut, ComplaintAction.Accept);
        cut.Find("textarea[data-testid=field-note], [data-testid=field-note] textarea").Change("材料齐全，予以受理");
        await ClickAsync(cut, "[data-testid=action-submit]");

        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Empty(cut.FindAll("[data-testid=action-dialog]"));
        var stored = await LoadAsync(id);
        Assert.Equal(ComplaintStatus.Accepted, stored!.Status);
        Assert.Contains("材料齐全，予以受理", stored.History[^1].Payload);
        var snackbar = Assert.Single(Ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Contains("已受理", snackbar.Message);
    }

    [Fact]
    public async Task Dialog_OnAStaleVersion_ShowsTheConflictInChinese_AndStoresNothing()
    {
        var id = await Cases.AddAsync();
        var shown = (await LoadAsync(id))!;
        await Cases.Apply.HandleAsync(id, shown.Version, new RequestInfoCommand("请补充办件编号"), Supervisor2);
        var cut = RenderPanel(shown, Supervisor);

        Open(cut, ComplaintAction.Withdraw);
        cut.Find("textarea[data-testid=field-text], [data-testid=field-text] textarea").Change("投诉人主动撤回");
        await ClickAsync(cut, "[data-testid=action-submit]");

        cut.WaitForAssertion(() => Assert.Contains("已被他人修改，请刷新", cut.Find("[data-testid=action-error]").TextContent));
        var stored = await LoadAsync(id);
        Assert.Equal(ComplaintStatus.NeedInfo, stored!.Status);
        Assert.DoesNotContain(stored.History, h => h.Action == nameof(ComplaintAction.Withdraw));
    }

    [Fact]
    public async Task ReplyDialog_ForAWrittenComplaint_ForcesAWrittenReply()
    {
        var id = await Cases.AddAsync(i => i with { Form = ComplaintForm.Written, Channel = Channel.Letter },
            new AcceptCommand(), new ResolveOnSiteCommand(Finding.Upheld, "当场致歉"));
        var cut = RenderPanel((await LoadAsync(id))!, Supervisor);

        Open(cut, ComplaintAction.Reply);

        var written = cut.Find("[data-testid=field-written] input, input[data-testid=field-written]");
        Assert.True(written.HasAttribute("disabled"));
        Assert.Contains("书面投诉须书面答复", cut.Markup);
    }

    [Fact]
    public async Task AssignDialog_NeverOffersTheRespondentAsHandler()
    {
        var id = await Cases.AddAsync(null, new AcceptCommand());
        var org = await new OrganisationDirectory(Db.Factory).LoadAsync();
        var cut = RenderPanel((await LoadAsync(id))!, Supervisor, org: org);

        Open(cut, ComplaintAction.Assign);
        await cut.Find("[data-testid=field-handler]").Closest(".mud-select.mud-input-control")!.MouseDownAsync(new());

        var offered = cut.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Contains("承办甲（S100）", offered);
        Assert.DoesNotContain(offered, o => o.Contains("被投诉人", StringComparison.Ordinal));
    }

    private async Task<Complaint?> LoadAsync(long id) => await new ComplaintDetailQuery(Db.Factory).GetAsync(id);

    // The button's handler waits for the dialog to close, so the click is not awaited: the test works the dialog meanwhile.
    private static void Open(IRenderedComponent<ContainerFragment> cut, ComplaintAction action)
    {
        _ = cut.Find($"[data-testid=action-{action}]").ClickAsync(new());
        cut.WaitForElement("[data-testid=action-dialog]");
    }

    private static async Task ClickAsync(IRenderedComponent<ContainerFragment> cut, string selector) =>
        await cut.Find(selector).ClickAsync(new());
}
