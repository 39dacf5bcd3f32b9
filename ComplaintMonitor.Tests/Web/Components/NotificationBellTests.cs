using Bunit;
using ComplaintMonitor.Web.Features.Notifications;
using ComplaintMonitor.Web.Realtime;
using ComplaintMonitor.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class NotificationBellTests : ComponentTestBase
{
    [Fact]
    public async Task A_new_notification_also_goes_to_the_browser_when_the_user_allowed_it_opening_its_link()
    {
        await SignInAsync(AppRoles.Handler, userName: "handler-1");
        Ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var module = Ctx.JSInterop.SetupModule(DesktopNotifications.ModulePath);
        module.Setup<string>("permission").SetResult("granted");
        module.SetupVoid("show", _ => true).SetVoidResult();
        var cut = Ctx.Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Single(module.Invocations["permission"]));

        Ctx.Services.GetRequiredService<ChangeFeed>().Publish([
            new NotificationCreated("someone-else", 1, "Assigned", "别人的通知", 7, "TS202611020001"),
            new NotificationCreated("handler-1", 2, "AppealDecided", "申诉已通过", 7, "TS202611020001", "/evaluations/3"),
        ]);

        cut.WaitForAssertion(() =>
        {
            var shown = Assert.Single(module.Invocations["show"]);
            Assert.Equal(["申诉已通过", "", "/evaluations/3"], shown.Arguments);
        });
    }

    [Fact]
    public async Task The_menu_offers_to_turn_desktop_notifications_on_until_the_user_has_answered()
    {
        await SignInAsync(AppRoles.Handler, userName: "handler-1");
        Ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var module = Ctx.JSInterop.SetupModule(DesktopNotifications.ModulePath);
        module.Setup<string>("permission").SetResult("default");
        module.Setup<string>("request").SetResult("granted");
        var popovers = Ctx.Render<MudPopoverProvider>(); // the menu's items render there
        var cut = Ctx.Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Single(module.Invocations["permission"]));
        cut.Find("button").Click(); // open the menu

        popovers.WaitForElement("[data-testid=notification-desktop]").Click();

        cut.WaitForAssertion(() => Assert.Single(module.Invocations["request"]));
        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll("[data-testid=notification-desktop]")));
    }
}
