using Bunit;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Admin;

public sealed class AdminPolicyTests : AdminPageTestBase
{
    [Fact]
    public void Shows_the_policy_in_force_and_says_existing_cases_keep_their_limits()
    {
        var cut = Ctx.Render<AdminPolicy>();

        cut.WaitForElement("[data-testid=policy-save]");
        Assert.Equal("1", Input(cut, nameof(DeadlinePolicy.AcceptWorkingDays)).GetAttribute("value"));
        Assert.Equal("15", Input(cut, nameof(DeadlinePolicy.HotlineReplyWorkingDays)).GetAttribute("value"));
        Assert.Contains("已有投诉沿用其开始时的时限", cut.Find("[data-testid=policy-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_values_are_listed_in_Chinese_and_nothing_is_saved()
    {
        var cut = Ctx.Render<AdminPolicy>();
        cut.WaitForElement("[data-testid=policy-save]");

        Input(cut, nameof(DeadlinePolicy.AcceptWorkingDays)).Change("0");
        Input(cut, nameof(DeadlinePolicy.YellowWorkingDaysLeft)).Change("11");
        cut.Find("button[data-testid=policy-save]").Click();

        var errors = cut.WaitForElement("[data-testid=policy-errors]").TextContent;
        Assert.Contains("未保存", errors, StringComparison.Ordinal);
        Assert.Contains("受理时限应在 1 到 30 个工作日之间", errors, StringComparison.Ordinal);
        Assert.Contains("黄灯预警阈值应在 0 到 10 个工作日之间", errors, StringComparison.Ordinal);
        await using var db = await Db.Factory.CreateDbContextAsync();
        Assert.False(await db.Settings.AnyAsync(s => s.Key == WorkflowContextProvider.PolicyKey));
        Assert.Equal(DeadlinePolicy.Default, (await Db.Contexts.GetAsync()).Policy);
    }

    [Fact]
    public async Task A_valid_policy_is_saved_as_json_and_applies_to_new_deadlines_at_once()
    {
        await Db.Contexts.GetAsync();   // the provider has cached the old policy
        var cut = Ctx.Render<AdminPolicy>();
        cut.WaitForElement("[data-testid=policy-save]");

        Input(cut, nameof(DeadlinePolicy.ComplexReplyWorkingDays)).Change("7");
        cut.Find("button[data-testid=policy-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("2026-11-02 10:00", cut.Find("[data-testid=policy-updated]").TextContent, StringComparison.Ordinal));
        Assert.Contains("admin", cut.Find("[data-testid=policy-updated]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=policy-errors]"));
        await using var db = await Db.Factory.CreateDbContextAsync();
        var row = await db.Settings.SingleAsync(s => s.Key == WorkflowContextProvider.PolicyKey);
        Assert.Contains("\"ComplexReplyWorkingDays\":7", row.Json, StringComparison.Ordinal);
        Assert.Equal(7, (await Db.Contexts.GetAsync()).Policy.ComplexReplyWorkingDays);
    }

    [Fact]
    public void Restore_defaults_fills_the_form_without_saving()
    {
        var cut = Ctx.Render<AdminPolicy>();
        cut.WaitForElement("[data-testid=policy-save]");
        Input(cut, nameof(DeadlinePolicy.ReturnVisitWorkingDays)).Change("9");

        cut.Find("button[data-testid=policy-defaults]").Click();

        Assert.Equal("3", Input(cut, nameof(DeadlinePolicy.ReturnVisitWorkingDays)).GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=policy-updated]"));
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<AdminPolicy> cut, string field) =>
        cut.Find($"input[data-testid=policy-{field}], [data-testid=policy-{field}] input");
}
