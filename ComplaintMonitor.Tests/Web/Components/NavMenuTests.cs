using Bunit;
using ComplaintMonitor.Web.Components.Layout;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public async Task Supervisor_sees_the_casework_report_and_wall_links_in_Chinese()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Supervisor);

        var cut = Ctx.Render<NavMenu>();

        Assert.Equal(["首页", "投诉台账", "登记投诉", "预警督办", "评价", "统计分析", "月度报告", "大屏"], LinkTexts(cut));
    }

    [Fact]
    public async Task Links_are_in_English_under_en_US()
    {
        using var _ = CultureScope.Use("en-US");
        await SignInAsync(AppRoles.Supervisor);

        var cut = Ctx.Render<NavMenu>();

        Assert.Equal(["Home", "Complaint Register", "Register Complaint", "Alerts & Supervision", "Ratings", "Statistics", "Monthly Report", "Wall display"], LinkTexts(cut));
    }

    [Theory]
    [InlineData(AppRoles.Leader, new[] { "/", "/complaints", "/warnings", "/evaluations", "/statistics", "/reports/monthly", "/wall" })]
    [InlineData(AppRoles.Supervisor, new[] { "/", "/complaints", "/complaints/new", "/warnings", "/evaluations", "/statistics", "/reports/monthly", "/wall" })]
    [InlineData(AppRoles.Handler, new[] { "/", "/complaints", "/warnings", "/evaluations" })]
    [InlineData(AppRoles.Admin, new[] { "/", "/evaluations", "/statistics", "/reports/monthly", "/wall", "/admin" })]
    public async Task Each_role_sees_only_the_links_it_may_follow(string role, string[] expected)
    {
        await SignInAsync(role);

        var cut = Ctx.Render<NavMenu>();

        Assert.Equal(expected, Hrefs(cut));
    }

    [Fact]
    public async Task Anonymous_visitors_see_no_links()
    {
        await SignInAsync(null);

        var cut = Ctx.Render<NavMenu>();

        Assert.Empty(Hrefs(cut));
    }

    private static string[] LinkTexts(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a.mud-nav-link .mud-nav-link-text").Select(e => e.TextContent.Trim())];

    private static string[] Hrefs(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "")];
}
