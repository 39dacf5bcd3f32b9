using System.Runtime.CompilerServices;
using Bunit;
using ComplaintMonitor.Web.Features.Exports;
using ComplaintMonitor.Web.Security;

namespace ComplaintMonitor.Tests.Web.Components;

public sealed class ExportButtonTests : ComponentTestBase
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>1,000 rows (one progress step), then waits at the gate, then 1,000 more: the test sees the export half-way.</summary>
    private async IAsyncEnumerable<object?[]> GatedRows([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < 2_000; i++)
        {
            if (i == 1_000)
            {
                await _gate.Task.WaitAsync(ct);
            }
            yield return [$"TS{i:D6}"];
        }
    }

    private IRenderedComponent<ExportButton> Render() => Ctx.Render<ExportButton>(p => p
        .Add(b => b.FileBaseName, "投诉台账")
        .Add(b => b.Headers, ["受理编号"])
        .Add(b => b.Rows, GatedRows)
        .Add(b => b.Total, _ => Task.FromResult<long?>(2_000)));

    [Fact]
    public async Task ShowsRowsWrittenOfTheTotal_ThenTheDownloadLink()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Supervisor, userName: "sup-1");
        var cut = Render();

        await cut.Find("[data-testid=export-csv]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("正在导出：1,000 / 2,000 行", cut.Find("[data-testid=export-status]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.NotNull(cut.Find("[data-testid=export-progress]"));
        Assert.True(cut.Find("[data-testid=export-xlsx]").HasAttribute("disabled"));

        _gate.SetResult();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=export-download]")), TimeSpan.FromSeconds(30));
        var link = cut.Find("[data-testid=export-download]");
        Assert.StartsWith("/exports/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith(".csv", link.GetAttribute("download"), StringComparison.Ordinal);
        Assert.Contains("2,000 行", link.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=export-progress]"));
    }

    [Fact]
    public async Task CancellingStopsTheExport()
    {
        using var _ = CultureScope.Use("zh-CN");
        await SignInAsync(AppRoles.Leader, userName: "leader-1");
        var cut = Render();

        await cut.Find("[data-testid=export-xlsx]").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("1,000", cut.Find("[data-testid=export-status]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await cut.Find("[data-testid=export-cancel]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("导出已取消", cut.Find("[data-testid=export-status]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=export-download]"));
    }
}
