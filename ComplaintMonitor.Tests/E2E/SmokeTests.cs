using ComplaintMonitor.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ComplaintMonitor.Tests.E2E;

[Collection(E2ECollection.Name)]
[Trait("Category", "E2E")]
public sealed class SmokeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomePage_OpensInChineseInRealChromium()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.True(response.Ok, fixture.App.Log);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByText("政务服务投诉处置督办平台").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
