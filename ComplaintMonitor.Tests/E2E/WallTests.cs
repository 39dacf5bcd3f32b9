using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintMonitor.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ComplaintMonitor.Tests.E2E;

/// <summary>
/// The wall in real Chromium: a leader watches /wall in one browser context while a supervisor registers a complaint
/// through the form in another; the wall's today counter and its ticker change without a reload.
/// </summary>
[Collection(E2ECollection.Name)]
[Trait("Category", "E2E")]
public sealed partial class WallTests(BrowserFixture fixture)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}]").Locator("xpath=descendant-or-self::input[not(@type='hidden')] | descendant-or-self::textarea").First;

    /// <summary>Opens a select and picks an item, clicking again while the page is still prerendered (a click then does nothing).</summary>
    private static async Task PickAsync(IPage page, string testId, string text)
    {
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text });
        for (var attempt = 0; ; attempt++)
        {
            await page.Locator($"[data-testid={testId}]").First.ClickAsync();
            try
            {
                await item.First.WaitForAsync(new() { Timeout = 2000 });
                break;
            }
            catch (TimeoutException) when (attempt < 10)
            {
                // not interactive yet
            }
        }
        await item.First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static async Task<long> TodayRegisteredAsync(IPage wall) =>
        long.Parse(await wall.Locator("[data-testid=count-today-registered] .wall-big").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"));

    [Fact]
    public async Task Wall_counts_and_tells_of_a_complaint_registered_elsewhere_without_reloading()
    {
        var wall = await fixture.SignInAsync("leader", 1920, 1080);
        var response = await wall.GotoAsync("/wall");
        Assert.True(response?.Ok, fixture.App.Log);
        await Expect(wall.Locator("[data-testid=interactive]")).ToHaveTextAsync("interactive", new() { Timeout = 15000 });
        await Expect(wall.Locator("[data-testid=kpi-OnTime]")).ToBeVisibleAsync();
        await Expect(wall.Locator("[data-testid=wall-funnel]")).ToBeVisibleAsync();
        var before = await TodayRegisteredAsync(wall);
        // Any reload of the page would reset this marker: it must still be there at the end.
        await wall.EvaluateAsync("() => window.__wallNotReloaded = true");

        var supervisor = await fixture.SignInAsync("supervisor");
        await supervisor.GotoAsync("/complaints/new");
        await supervisor.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null");
        await PickAsync(supervisor, "new-channel", "现场");
        await PickAsync(supervisor, "new-form", "口头");
        await PickAsync(supervisor, "new-category", "办事效率");
        await Field(supervisor, "new-name").FillAsync("赵六");
        await Field(supervisor, "new-phone").FillAsync("13700002222");
        await PickAsync(supervisor, "new-respondent-window", "A01");
        await Field(supervisor, "new-content").FillAsync("端到端测试：大屏实时更新");
        await supervisor.Locator("[data-testid=new-submit]").ClickAsync();
        await CaseOpenedAsync(supervisor);
        var casePath = new Uri(supervisor.Url).AbsolutePath;

        await Expect(wall.Locator("[data-testid=count-today-registered] .wall-big"))
            .ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), new() { Timeout = 15000 });
        var newest = wall.Locator("[data-testid=ticker-item]").First;
        await Expect(newest.Locator("[data-testid=ticker-case]")).ToHaveAttributeAsync("href", casePath, new() { Timeout = 15000 });
        await Expect(newest.Locator("[data-testid=ticker-action]")).ToHaveTextAsync("登记");
        Assert.True(await wall.EvaluateAsync<bool>("() => window.__wallNotReloaded === true"));

        await supervisor.Context.CloseAsync();
        await wall.Context.CloseAsync();
    }

    [Fact]
    public async Task Handler_may_not_open_the_wall()
    {
        var handler = await fixture.SignInAsync("handler");
        await handler.GotoAsync("/wall");
        await Expect(handler.Locator("[data-testid=wall]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("/wall", new Uri(handler.Url).AbsolutePath, StringComparison.Ordinal);
        await handler.Context.CloseAsync();
    }

    /// <summary>Waits for the registered case's page; if it does not open, fails with what the form said (its problems, if any) and the server's log.</summary>
    private async Task CaseOpenedAsync(IPage page)
    {
        try
        {
            await page.WaitForURLAsync(CaseUrl());
        }
        catch (TimeoutException)
        {
            var problems = await page.Locator("[data-testid=new-problems]").AllInnerTextsAsync();
            Assert.Fail($"The case page did not open after 登记. Still at {page.Url}; the form's problems: [{string.Join("; ", problems)}]\n{fixture.App.Log}");
        }
    }

    [GeneratedRegex(@"/complaints/\d+$")]
    private static partial Regex CaseUrl();
}
