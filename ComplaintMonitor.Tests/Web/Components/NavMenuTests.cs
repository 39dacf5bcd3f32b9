using Bunit;
using ComplaintMonitor.Web.Components.Layout;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public void Shows_the_six_links_in_Chinese_under_zh_CN()
    {
        using var _ = CultureScope.Use("zh-CN");

        var cut = Ctx.Render<NavMenu>();

        Assert.Equal(["首页", "投诉台账", "登记投诉", "预警督办", "统计分析", "系统管理"], LinkTexts(cut));
    }

    [Fact]
    public void Shows_the_six_links_in_English_under_en_US()
    {
        using var _ = CultureScope.Use("en-US");

        var cut = Ctx.Render<NavMenu>();

        Assert.Equal(
            ["Home", "Complaint Register", "Register Complaint", "Alerts & Supervision", "Statistics", "Administration"],
            LinkTexts(cut));
    }

    [Fact]
    public void Links_point_to_the_feature_routes()
    {
        var cut = Ctx.Render<NavMenu>();

        string[] hrefs = [.. cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "")];

        Assert.Equal(["/", "/complaints", "/complaints/new", "/warnings", "/statistics", "/admin"], hrefs);
    }

    private static string[] LinkTexts(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a.mud-nav-link .mud-nav-link-text").Select(e => e.TextContent.Trim())];
}
