using Bunit;
using ComplaintMonitor.Web.Features.Complaints.Register;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintMonitor.Tests.Web.Features.Complaints;

public sealed class NewComplaintPageTests : ComplaintComponentTestBase
{
    private IRenderedComponent<MudPopoverProvider> _popovers = null!;

    private IRenderedComponent<NewComplaintPage> RenderPage()
    {
        _popovers = Ctx.Render<MudPopoverProvider>();
        return Ctx.Render<NewComplaintPage>();
    }

    [Fact]
    public async Task Submitting_AnEmptyForm_ListsEveryProblemInChinese_AndStoresNothing()
    {
        var cut = RenderPage();

        await cut.Find("[data-testid=new-submit]").ClickAsync(new());

        var problems = cut.FindAll("[data-testid=new-problems] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["请选择投诉渠道", "请选择投诉方式", "请选择投诉类别", "请填写投诉内容", "请填写投诉人姓名，或选择匿名投诉",
             "请至少填写联系电话或通讯地址，以便答复和回访", "请选择被投诉窗口"],
            problems);
        Assert.Contains("请选择投诉渠道", cut.Find("[data-testid=new-channel]").Closest(".mud-input-control")!.TextContent);
        Assert.Equal(0, await CountComplaintsAsync());
        Assert.Equal(0, await InDbAsync(db => db.CaseNumberCounters.CountAsync()));
    }

    [Fact]
    public void ReceivedAt_DefaultsToNowInShanghai()
    {
        var cut = RenderPage();

        Assert.Equal("2026-11-02", cut.Find("input[data-testid=new-received-date], [data-testid=new-received-date] input").GetAttribute("value"));
        Assert.Equal("10:00", cut.Find("input[data-testid=new-received-time], [data-testid=new-received-time] input").GetAttribute("value"));
    }

    [Fact]
    public void NewComplaintForm_ChecksTheDomainRules_TooWithoutStoringAnything()
    {
        var l = Ctx.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<ComplaintMonitor.Web.Localization.SharedResource>>();
        var now = Db.Time.GetUtcNow();
        var form = NewComplaintForm.StartingAt(now);
        form.Channel = ComplaintMonitor.Domain.Complaints.Channel.Letter;
        form.Form = ComplaintMonitor.Domain.Complaints.ComplaintForm.Written;
        form.Category = ComplaintMonitor.Domain.Complaints.ComplaintCategory.Efficiency;
        form.Content = "来信反映办事拖延";
        form.Anonymous = true;
        form.RespondentType = ComplaintMonitor.Domain.Complaints.RespondentType.Centre;

        Assert.Equal(["书面投诉须署真实姓名，或由投诉人确认记录（R-3）"], form.Problems(now, l));
        form.RecordConfirmedByComplainant = true;
        Assert.Empty(form.Problems(now, l));
        form.Phone = "123";
        form.Anonymous = false;
        form.Name = "李四";
        Assert.Equal(["联系电话格式不正确（手机号 11 位，或区号-座机号）"], form.Problems(now, l));
    }

    [Fact]
    public async Task AValidForm_IsRegistered_AndOpensTheNewCase()
    {
        var cut = RenderPage();

        await PickAsync(cut, "new-channel", "电话/12345");
        await PickAsync(cut, "new-form", "口头");
        await PickAsync(cut, "new-category", "服务态度");
        await TypeAsync(cut, "new-name", "王五");
        await TypeAsync(cut, "new-phone", "13700001111");
        await PickAsync(cut, "new-respondent-window", "A01 一号窗口");
        await TypeAsync(cut, "new-content", "窗口工作人员态度生硬");
        await cut.Find("[data-testid=new-submit]").ClickAsync(new());

        Assert.Empty(cut.FindAll("[data-testid=new-problems] li").Select(li => li.TextContent.Trim()));
        var stored = await InDbAsync(db => db.Complaints.SingleAsync());
        Assert.Equal(("TS202611020001", "王五", 10, 1), (stored.CaseNumber, stored.Complainant.Name, stored.RespondentUnitId, stored.RespondentWindowId));
        Assert.EndsWith($"/complaints/{stored.Id}", Ctx.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Contains("已登记，受理编号 TS202611020001", Assert.Single(Ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message);
    }

    [Fact]
    public async Task TheSamePhoneAboutTheSameWindow_ShowsTheDuplicateHintWithLinks()
    {
        var earlier = await Cases.AddAsync();
        var cut = RenderPage();

        await TypeAsync(cut, "new-name", "张三");
        await TypeAsync(cut, "new-phone", "13812341234");
        await PickAsync(cut, "new-respondent-window", "A01 一号窗口");

        cut.WaitForAssertion(() => Assert.Equal($"/complaints/{earlier}", cut.Find("[data-testid=duplicate-link]").GetAttribute("href")), TimeSpan.FromSeconds(5));
        Assert.Contains("该电话 7 日内已投诉过同一窗口", cut.Find("[data-testid=duplicate-hint]").TextContent);
    }

    private async Task PickAsync(IRenderedComponent<NewComplaintPage> cut, string testId, string item)
    {
        // MudSelect opens on mouse-down on its input control, which carries the mud-select class itself.
        await cut.Find($"[data-testid={testId}]").Closest(".mud-select.mud-input-control")!.MouseDownAsync(new());
        var items = _popovers.WaitForElements(".mud-popover-open .mud-list-item");
        var option = items.FirstOrDefault(e => e.TextContent.Trim() == item)
            ?? throw new InvalidOperationException(string.Join("|", items.Select(e => e.TextContent.Trim())));
        await option.ClickAsync(new());
    }

    // Fields bound on change get "change"; debounced ones listen to "input" (and blur) only.
    private static async Task TypeAsync(IRenderedComponent<NewComplaintPage> cut, string testId, string value)
    {
        var input = cut.Find($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");
        try
        {
            await input.ChangeAsync(new ChangeEventArgs { Value = value });
        }
        catch (MissingEventHandlerException)
        {
            // Leaving the field commits a debounced value at once, as in the browser.
            await input.InputAsync(new ChangeEventArgs { Value = value });
            await input.BlurAsync(new());
        }
    }
}
