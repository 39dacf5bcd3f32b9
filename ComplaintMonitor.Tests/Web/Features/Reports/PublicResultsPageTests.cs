using System.Net;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Tests.Web.Features.Reports;

/// <summary>The public release over the demo centre: anonymous, static, and free of personal data.</summary>
public sealed class PublicResultsPageTests : IAsyncLifetime
{
    private readonly ComplaintMonitorApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.SeedDemoAccountsAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<WorkflowContextProvider>().GetAsync();
        await scope.ServiceProvider.GetRequiredService<DemoComplaints>().SeedAsync(400, context, seed: 7);
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RecomputeAllAsync();
        await DemoSnapshots.WriteAsync(scope.ServiceProvider);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> PageAsync(HttpClient client, string path = "/public/results")
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnonymousVisitorsSeeTheLatestMonthByUnitAndWindow_WithoutACircuit()
    {
        using var anonymous = SignedInClient.Anonymous(_app);

        var html = await PageAsync(anonymous);

        Assert.Contains("2026年10月评价结果及整改情况", html, StringComparison.Ordinal);
        Assert.Contains("全中心合计", html, StringComparison.Ordinal);
        Assert.Contains("public-line--unit", html, StringComparison.Ordinal);
        Assert.Contains("public-line--window", html, StringComparison.Ordinal);
        // Statically rendered: no interactive component markers, so the browser never opens a circuit.
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nav-menu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInStaffGetTheSameStaticPage()
    {
        using var leader = await SignedInClient.CreateAsync(_app, "leader");

        var html = await PageAsync(leader, "/public/results?month=2026-09");

        Assert.Contains("2026年9月评价结果及整改情况", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageHoldsNoNameOrPhoneOfAnyComplainantOrStaffMember()
    {
        using var anonymous = SignedInClient.Anonymous(_app);
        var pages = new List<string>();
        foreach (var month in new[] { "2026-10", "2026-08", "2026-03" })
        {
            pages.Add(await PageAsync(anonymous, $"/public/results?month={month}"));
        }
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var staff = await db.Staff.Select(s => s.Name).ToListAsync();
        var complainants = await db.Complaints.Where(c => c.Complainant.Name != null).Select(c => c.Complainant.Name!).Distinct().ToListAsync();
        var phones = await db.Complaints.Where(c => c.Complainant.Phone != null).Select(c => c.Complainant.Phone!).Distinct().ToListAsync();

        Assert.NotEmpty(staff);
        Assert.NotEmpty(complainants);
        Assert.NotEmpty(phones);
        foreach (var html in pages)
        {
            Assert.Contains("public-table", html, StringComparison.Ordinal);
            Assert.All(staff, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
            Assert.All(complainants, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
            Assert.All(phones, phone => Assert.DoesNotContain(phone, html, StringComparison.Ordinal));
        }
    }
}
