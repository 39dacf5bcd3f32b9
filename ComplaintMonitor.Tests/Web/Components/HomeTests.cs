using Bunit;
using ComplaintMonitor.Web.Components.Pages;
using Microsoft.AspNetCore.Components;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class HomeTests : ComponentTestBase
{
    [Fact]
    public async Task Renders_the_Chinese_title_under_zh_CN()
    {
        await SignInAsync("Supervisor");
        using var _ = CultureScope.Use("zh-CN");
        Ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Ctx.Render<Home>();

        Assert.Equal("投诉处置总览", cut.Find("[data-testid=home] h1").TextContent.Trim());
        Assert.Equal("static", cut.Find("[data-testid=interactive]").TextContent);
    }

    [Fact]
    public async Task Renders_the_English_title_under_en_US()
    {
        await SignInAsync("Supervisor");
        using var _ = CultureScope.Use("en-US");
        Ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Ctx.Render<Home>();

        Assert.Equal("Complaint Handling Overview", cut.Find("[data-testid=home] h1").TextContent.Trim());
    }

    [Fact]
    public async Task Interactive_marker_reports_the_circuit()
    {
        await SignInAsync("Supervisor");
        Ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Ctx.Render<Home>();

        Assert.Equal("interactive", cut.Find("[data-testid=interactive]").TextContent);
    }
}
