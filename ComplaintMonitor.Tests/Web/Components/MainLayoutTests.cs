using Bunit;
using ComplaintMonitor.Web.Components.Layout;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class MainLayoutTests : ComponentTestBase
{
    // The layout is shown to signed-in staff only; a supervisor is a typical one.
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SignInAsync(AppRoles.Supervisor, "supervisor", "效能督查室");
    }

    [Fact]
    public void Shows_product_name_navigation_and_body()
    {
        using var _ = CultureScope.Use("zh-CN");

        var cut = RenderLayout(darkMode: false);

        Assert.Equal("政务服务投诉处置督办平台", cut.Find("[data-testid=app-name]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=nav-menu]"));
        Assert.Equal("page body", cut.Find("#body").TextContent);
    }

    [Fact]
    public void Language_links_go_through_the_culture_endpoint_and_back_to_the_current_page()
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/complaints?page=2");

        var cut = RenderLayout(darkMode: false);

        var href = cut.Find("[data-testid=culture-en-US]").GetAttribute("href");
        Assert.Equal("/culture/set?culture=en-US&redirectUri=%2Fcomplaints%3Fpage%3D2", href);
    }

    [Fact]
    public void Theme_toggle_flips_the_mode_and_remembers_it_in_a_cookie()
    {
        using var _ = CultureScope.Use("zh-CN");
        var remember = Ctx.JSInterop.SetupModule("./Components/Layout/MainLayout.razor.js")
            .SetupVoid("rememberTheme", _ => true);
        remember.SetVoidResult();
        var cut = RenderLayout(darkMode: false);
        Assert.Equal("切换到深色模式", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));

        cut.Find("[data-testid=theme-toggle]").Click();

        Assert.Equal("切换到浅色模式", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
        var call = Assert.Single(remember.Invocations);
        Assert.StartsWith("cm-theme=dark;", call.Arguments[0] as string, StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_in_the_remembered_dark_mode()
    {
        using var _ = CultureScope.Use("en-US");

        var cut = RenderLayout(darkMode: true);

        Assert.Equal("Switch to light mode", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
    }

    [Fact]
    public void App_bar_shows_the_user_menu_with_display_name_and_Chinese_role()
    {
        using var _ = CultureScope.Use("zh-CN");

        var cut = RenderLayout(darkMode: false);

        Assert.Equal("效能督查室", cut.Find("[data-testid=user-name]").TextContent.Trim());
        Assert.Equal("督查", cut.Find("[data-testid=user-role]").TextContent.Trim());
    }

    [Fact]
    public void User_menu_offers_change_password_and_a_posted_sign_out()
    {
        using var _ = CultureScope.Use("zh-CN");
        var cut = RenderLayout(darkMode: false);

        cut.Find("[data-testid=user-menu-button]").Click();

        var password = cut.WaitForElement("[data-testid=menu-password]");
        Assert.Equal("/account/password", password.GetAttribute("href"));
        Assert.Contains("修改密码", password.TextContent, StringComparison.Ordinal);
        var form = cut.Find("form[data-testid=logout-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/logout", form.GetAttribute("action"));
        Assert.Contains("退出登录", cut.Find("[data-testid=menu-logout]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<CascadingValue<bool>> RenderLayout(bool darkMode)
    {
        Ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return Ctx.Render<CascadingValue<bool>>(ps => ps
            .Add(p => p.Name, ThemePreference.CascadingName)
            .Add(p => p.Value, darkMode)
            .Add(p => p.IsFixed, true)
            .AddChildContent<MainLayout>(layout => layout
                .Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"body\">page body</p>")))));
    }
}
