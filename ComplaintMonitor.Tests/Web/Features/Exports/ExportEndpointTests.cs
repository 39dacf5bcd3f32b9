using System.Net;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Exports;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace ComplaintMonitor.Tests.Web.Features.Exports;

public sealed class ExportEndpointTests : IAsyncLifetime
{
    private readonly ComplaintMonitorApp _app = new();

    public async Task InitializeAsync() => await _app.SeedDemoAccountsAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<ExportJob> ExportForAsync(string userName)
    {
        var user = await _app.FindUserAsync(userName) ?? throw new InvalidOperationException(userName);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = _app.Services.GetRequiredService<ExportJobs>().Start(user.Id,
            new ExportRequest("台账", ["编号"], _ => new object?[][] { ["TS1"], ["TS2"] }.ToAsyncEnumerable()), ExportFormat.Xlsx);
        job.Changed += () =>
        {
            if (job.State != ExportState.Running)
            {
                done.TrySetResult();
            }
        };
        if (job.State == ExportState.Running)
        {
            await done.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(ExportState.Completed, job.State);
        return job;
    }

    [Fact]
    public async Task OnlyTheUserWhoExported_CanDownload_AndOnlyOnce()
    {
        var job = await ExportForAsync("supervisor");
        using var other = await SignedInClient.CreateAsync(_app, "leader");
        using var anonymous = SignedInClient.Anonymous(_app);
        using var owner = await SignedInClient.CreateAsync(_app, "supervisor");
        var path = new Uri(job.DownloadPath, UriKind.Relative);

        var refused = await other.GetAsync(path);
        var notSignedIn = await anonymous.GetAsync(path);
        var download = await owner.GetAsync(path);
        var again = await owner.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, notSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var body = new MemoryStream(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["TS1", "TS2"], body.Query(useHeaderRow: true).Select(r => (string)((IDictionary<string, object?>)r)["编号"]!));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task TheRegisterOffersExcelAndCsvExport()
    {
        using var supervisor = await SignedInClient.CreateAsync(_app, "supervisor");

        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync(new Uri("/complaints", UriKind.Relative)));

        Assert.Contains("data-testid=\"export-xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"export-csv\"", html, StringComparison.Ordinal);
        Assert.Contains("导出 Excel", html, StringComparison.Ordinal);
    }
}
