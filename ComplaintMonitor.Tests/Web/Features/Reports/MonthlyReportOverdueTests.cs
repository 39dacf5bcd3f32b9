using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Tests.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Reports;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;
using static ComplaintMonitor.Tests.Web.Features.Reports.ReportSnapshots;

namespace ComplaintMonitor.Tests.Web.Features.Reports;

/// <summary>The overdue list of the monthly report: cases past their handling deadline at month end and still open.</summary>
public sealed class MonthlyReportOverdueTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        // Monday 12 October 2026, 10:00 in Shanghai.
        _db = await TestDatabase.CreateAsync(new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero));
        await AddOctoberAsync(_db.Factory);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ACaseReferredInOctoberAndNeverAnswered_IsListed_ForTheCentreAndItsRespondentUnitOnly()
    {
        var cases = new ComplaintCases(_db);
        var referred = await cases.AssignedAsync(HandlerUnit, HandlerStaff);
        _db.Time.Advance(TimeSpan.FromDays(21));
        var registeredInNovember = await cases.AssignedAsync(HandlerUnit, HandlerStaff);

        var centre = await _db.Get<MonthlyReportQuery>().LoadAsync(October, null);
        var unit10 = await _db.Get<MonthlyReportQuery>().LoadAsync(October, HandlerUnit);
        var unit11 = await _db.Get<MonthlyReportQuery>().LoadAsync(October, OtherUnit);

        Assert.Equal([referred], centre!.OverdueCases.Select(c => c.Id));
        Assert.True(centre.OverdueCases[0].DueOn < new DateOnly(2026, 11, 1));
        Assert.StartsWith("测试单位甲", centre.OverdueCases[0].Respondent, StringComparison.Ordinal);
        Assert.Equal([referred], unit10!.OverdueCases.Select(c => c.Id));
        Assert.Empty(unit11!.OverdueCases);
        Assert.DoesNotContain(registeredInNovember, centre.OverdueCases.Select(c => c.Id));
    }
}
