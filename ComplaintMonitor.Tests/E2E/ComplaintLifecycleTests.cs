using System.Text.RegularExpressions;
using ComplaintMonitor.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ComplaintMonitor.Tests.E2E;

/// <summary>
/// One complaint through the whole loop in real Chromium, by a supervisor and a handler in two browser contexts:
/// register → accept → assign (the handler is told live) → investigate → handle → reply → return visit 不满意 → reopen →
/// investigate → handle → reply → return visit 满意 → close → archive, checking the timeline.
/// </summary>
[Collection(E2ECollection.Name)]
[Trait("Category", "E2E")]
public sealed partial class ComplaintLifecycleTests(BrowserFixture fixture)
{
    private static async Task InteractiveAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null");

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}]").Locator("xpath=descendant-or-self::input[not(@type='hidden')] | descendant-or-self::textarea").First;

    /// <summary>
    /// Clicks until <paramref name="opened"/> appears: a page shows its prerendered HTML before the circuit connects, and a
    /// click on it in that moment does nothing (a user would simply click again).
    /// </summary>
    private static async Task ClickUntilAsync(ILocator target, ILocator opened)
    {
        for (var attempt = 0; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await opened.First.WaitForAsync(new() { Timeout = 2000 });
                return;
            }
            catch (TimeoutException) when (attempt < 10)
            {
                // not interactive yet
            }
        }
    }

    private static async Task PickAsync(IPage page, string testId, string text)
    {
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text });
        await ClickUntilAsync(page.Locator($"[data-testid={testId}]").First, item);
        await item.First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static async Task ActAsync(IPage page, string action, Func<IPage, Task>? fill = null)
    {
        await ClickUntilAsync(page.Locator($"[data-testid=action-{action}]"), page.Locator("[data-testid=action-dialog]"));
        await Expect(page.Locator("[data-testid=action-dialog]")).ToBeVisibleAsync();
        if (fill is not null)
        {
            await fill(page);
        }
        await page.Locator("[data-testid=action-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=action-dialog]")).ToHaveCountAsync(0, new() { Timeout = 15000 });
    }

    private static Task StatusIsAsync(IPage page, string status) =>
        Expect(page.Locator("[data-testid=detail-header] [data-testid=status-chip]")).ToHaveTextAsync(status, new() { Timeout = 15000 });

    [Fact]
    public async Task SupervisorAndHandler_TakeOneComplaintAroundTheWholeLoop()
    {
        var supervisor = await fixture.SignInAsync("supervisor");
        var handler = await fixture.SignInAsync("handler");
        await handler.GotoAsync("/");
        await InteractiveAsync(handler);

        // 登记
        await supervisor.GotoAsync("/complaints/new");
        await InteractiveAsync(supervisor);
        await PickAsync(supervisor, "new-channel", "现场");
        await PickAsync(supervisor, "new-form", "口头");
        await PickAsync(supervisor, "new-category", "服务态度");
        await Field(supervisor, "new-name").FillAsync("王五");
        await Field(supervisor, "new-phone").FillAsync("13700001111");
        await PickAsync(supervisor, "new-respondent-window", "A01");
        await Field(supervisor, "new-content").FillAsync("端到端测试：窗口工作人员态度生硬");
        await supervisor.Locator("[data-testid=new-submit]").ClickAsync();
        await supervisor.WaitForURLAsync(CaseUrl());
        var caseUrl = new Uri(supervisor.Url).AbsolutePath;
        await StatusIsAsync(supervisor, "登记");

        // 受理, 转办: the handler is told at once, without reloading
        await ActAsync(supervisor, "Accept");
        await StatusIsAsync(supervisor, "受理");
        await ActAsync(supervisor, "Assign");
        await StatusIsAsync(supervisor, "转办");
        await Expect(handler.Locator(".mud-snackbar", new() { HasText = "交办" })).ToBeVisibleAsync(new() { Timeout = 15000 });
        await Expect(handler.Locator("[data-testid=notification-count] .mud-badge")).ToBeVisibleAsync();

        // The handler investigates, handles (不属实) and replies
        await handler.GotoAsync(caseUrl);
        await InteractiveAsync(handler);
        await StatusIsAsync(handler, "转办");
        await ActAsync(handler, "StartInvestigation");
        await StatusIsAsync(handler, "调查核实");
        await HandleAndReplyAsync(handler);

        // 回访 不满意 → 重办; the supervisor's page followed the handler's actions live
        await StatusIsAsync(supervisor, "已答复");
        await ActAsync(supervisor, "ReturnVisit", async p => await PickAsync(p, "field-visit-result", "不满意"));
        await StatusIsAsync(supervisor, "已回访");
        await ActAsync(supervisor, "Reopen", async p => await Field(p, "field-text").FillAsync("投诉人认为答复未说明原因"));
        await StatusIsAsync(supervisor, "重办");

        // Second round by the handler
        await StatusIsAsync(handler, "重办");
        await ActAsync(handler, "StartInvestigation");
        await HandleAndReplyAsync(handler);

        // 回访 满意 → 办结 → 归档
        await StatusIsAsync(supervisor, "已答复");
        await ActAsync(supervisor, "ReturnVisit", async p => await PickAsync(p, "field-visit-result", "满意"));
        await ActAsync(supervisor, "Close");
        await StatusIsAsync(supervisor, "办结");
        await ActAsync(supervisor, "Archive");
        await StatusIsAsync(supervisor, "归档");

        var timeline = await supervisor.Locator("[data-testid=timeline]").InnerTextAsync();
        foreach (var step in new[] { "登记", "受理", "转办", "开始调查", "处置", "答复", "回访", "重办", "办结", "归档" })
        {
            Assert.Contains(step, timeline, StringComparison.Ordinal);
        }
        Assert.Equal(2, Regex.Matches(timeline, "开始调查").Count);
        await supervisor.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "e2e-archived.png"), FullPage = true });
        await supervisor.Context.CloseAsync();
        await handler.Context.CloseAsync();
    }

    private static async Task HandleAndReplyAsync(IPage handler)
    {
        await ActAsync(handler, "RecordHandling", async p =>
        {
            await PickAsync(p, "field-finding", "不属实");
            await Field(p, "field-investigation").FillAsync("调取窗口录像并询问当事人，未发现态度问题");
            await Field(p, "field-measures").FillAsync("向投诉人解释办理要求");
        });
        await StatusIsAsync(handler, "处置完毕");
        await ActAsync(handler, "Reply", async p => await Field(p, "field-text").FillAsync("经核实，工作人员按规定办理，已向您说明材料要求。"));
        await StatusIsAsync(handler, "已答复");
    }

    [GeneratedRegex(@"/complaints/\d+$")]
    private static partial Regex CaseUrl();
}
