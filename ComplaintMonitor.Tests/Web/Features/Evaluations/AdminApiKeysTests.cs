using Bunit;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Tests.Web.Features.Admin;
using ComplaintMonitor.Web.Features.Admin;
using ComplaintMonitor.Web.Features.Evaluations.Api;
using MudBlazor;

namespace ComplaintMonitor.Tests.Web.Features.Evaluations;

public sealed class AdminApiKeysTests : AdminPageTestBase
{
    [Fact]
    public async Task The_page_lists_keys_by_prefix_only_and_creating_shows_the_key_once_in_a_dialog()
    {
        var existing = await Db.Get<ApiKeys>().CreateAsync(RatingChannel.QrCode, "大厅二维码", "cli");
        Ctx.Render<MudPopoverProvider>();
        var dialogs = Ctx.Render<MudDialogProvider>();
        var cut = Ctx.Render<AdminApiKeys>();

        cut.WaitForAssertion(() => Assert.Contains("大厅二维码", cut.Find("[data-testid=apikeys-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains($"cmk_{existing.Row.Prefix}_…", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(existing.Key, cut.Markup, StringComparison.Ordinal);

        await cut.Find("[data-testid=apikey-create]").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("请填写密钥名称", cut.Find("[data-testid=apikey-error]").TextContent, StringComparison.Ordinal));

        cut.Find("input[data-testid=apikey-name], [data-testid=apikey-name] input").Change("A01 窗口评价器");
        await cut.Find("[data-testid=apikey-create]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=apikey-created-dialog]")));
        var shown = dialogs.Find("input[data-testid=apikey-secret], [data-testid=apikey-secret] input").GetAttribute("value")!;
        var stored = Assert.Single(await Db.Get<ApiKeys>().ListAsync(), k => k.Name == "A01 窗口评价器");
        Assert.Equal(ApiKeys.HashOf(shown), stored.Hash);
        Assert.Equal(RatingChannel.Device, stored.Channel);
    }
}
