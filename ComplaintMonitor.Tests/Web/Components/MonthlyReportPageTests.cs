using Bunit;
using ComplaintMonitor.Tests.Web.Features.Reports;
using ComplaintMonitor.Web.Features.Reports;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class MonthlyReportPageTests : ComponentTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ReportSnapshots.AddOctoberAsync(Database.Factory);
    }

    private IRenderedComponent<MonthlyReportPage> RenderAt(string uri)
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Ctx.Render<MonthlyReportPage>();
    }

    [Fact]
    public async Task ShowsTheSnapshotsFiguresRankingAndGuard_ForLastMonthByDefault()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Leader);

        var cut = RenderAt("/reports/monthly");

        cut.WaitForAssertion(() => Assert.Contains("2026年10月", cut.Find("[data-testid=report-heading]").TextContent, StringComparison.Ordinal));
        Assert.Equal("30", cut.Find("[data-testid=figure-registered] .report-figure__value").TextContent);
        Assert.Equal("3", cut.Find("[data-testid=figure-overdue] .report-figure__value").TextContent);
        Assert.Equal("83.3%", cut.Find("[data-testid=kpi-acceptance]").TextContent);
        Assert.Equal("80.0%", cut.Find("[data-testid=kpi-satisfaction]").TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=report-unit-ranking] tr[data-ranked=true]").Count);
        Assert.Contains("评价数少于 20，不参与排名", cut.Find("[data-testid=report-window-ranking] [data-testid=not-ranked]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=report-print]"));
    }

    [Fact]
    public async Task AMonthWithoutASnapshot_SaysSo_AndAnAdminCanWriteIt()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Admin);

        var cut = RenderAt("/reports/monthly?month=2026-09");

        cut.WaitForAssertion(() => Assert.Contains("2026年9月尚无月度快照", cut.Find("[data-testid=report-no-snapshot]").TextContent, StringComparison.Ordinal));
        await cut.Find("[data-testid=report-write-snapshot]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("2026年9月", cut.Find("[data-testid=report-heading]").TextContent, StringComparison.Ordinal));
        await using var db = await Database.Factory.CreateDbContextAsync();
        Assert.True(await db.MonthlySnapshots.AnyAsync(s => s.Month == "2026-09"));
    }

    [Fact]
    public async Task OnlyAdminsAreOfferedToWriteASnapshot()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Supervisor);

        var cut = RenderAt("/reports/monthly?month=2026-09");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=report-no-snapshot]")));
        Assert.Empty(cut.FindAll("[data-testid=report-write-snapshot]"));
    }
}
