using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Reports;
using static ComplaintMonitor.Tests.Web.Features.Reports.ReportSnapshots;

namespace ComplaintMonitor.Tests.Web.Features.Reports;

public sealed class MonthlyReportQueryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await AddOctoberAsync(_db.Factory);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private MonthlyReportQuery Query => _db.Get<MonthlyReportQuery>();

    [Fact]
    public async Task TheCentresReport_HasTheSnapshotsVolumesAndKpis()
    {
        var report = await Query.LoadAsync(October, null);

        Assert.NotNull(report);
        Assert.Equal(30, report.Total.Counts.Registered);
        Assert.Equal(3, report.Total.OverdueAtEnd);
        Assert.Equal(new Ratio(25, 30), report.Kpis.AcceptanceRate);
        Assert.Equal(new Ratio(15, 20), report.Kpis.OnTimeRate);
        Assert.Equal(new Ratio(1, 2), report.Kpis.BadRatingRectificationRate);
        Assert.Equal(50, report.RatingKpis.Ratings);
        Assert.Equal(new Ratio(40, 50), report.RatingKpis.SatisfactionRate);
        Assert.Equal(new Ratio(10, 50), report.RatingKpis.BadRate);
    }

    [Fact]
    public async Task UnitsAreRanked_ButAWindowWithFewerThanTwentyRatingsIsNot()
    {
        var report = await Query.LoadAsync(October, null);

        Assert.Equal([("测试单位甲", (int?)1), ("测试单位乙", 2)], report!.UnitRanking.Select(r => (r.Key.Name, r.Rank)));
        var window = Assert.Single(report.WindowRanking);
        Assert.Equal("A01 一号窗口", window.Key.Name);
        Assert.True(window.TooFewRatings);
    }

    [Fact]
    public async Task ComplaintsAndBadRatingsByRespondent_AndTheStaffWithEither()
    {
        var report = await Query.LoadAsync(October, null);

        Assert.Equal([("测试单位甲", 20L, 3L), ("测试单位乙", 10L, 7L)], report!.Respondents.Select(r => (r.Name, r.Counts.Registered, r.Ratings.Bad)));
        Assert.Equal(["被投诉人"], report.Staff.Select(s => s.Name));
    }

    [Fact]
    public async Task TopCategories_ComeFromTheMonthsRollupRows()
    {
        var centre = await Query.LoadAsync(October, null);
        var unit11 = await Query.LoadAsync(October, 11);

        Assert.Equal([KeyValuePair.Create(ComplaintCategory.ServiceAttitude, 18L), KeyValuePair.Create(ComplaintCategory.Efficiency, 12L)], centre!.TopCategories);
        Assert.Equal([KeyValuePair.Create(ComplaintCategory.ServiceAttitude, 10L)], unit11!.TopCategories);
    }

    [Fact]
    public async Task AUnitsReport_IsThatUnitsLine_WithItsWindows()
    {
        var report = await Query.LoadAsync(October, 10);

        Assert.NotNull(report);
        Assert.Equal("测试单位甲", report.ScopeName);
        Assert.Equal(20, report.Total.Counts.Registered);
        Assert.Equal(2, report.Total.OverdueAtEnd);
        Assert.Equal(new Ratio(9, 12), report.Kpis.OnTimeRate);
        Assert.Empty(report.UnitRanking);
        Assert.Equal(["A01 一号窗口"], report.Respondents.Select(r => r.Name));
        Assert.Equal(["被投诉人"], report.Staff.Select(s => s.Name));
    }

    [Fact]
    public async Task AMonthWithoutASnapshot_HasNoReport()
    {
        Assert.Null(await Query.LoadAsync(new DateOnly(2026, 9, 1), null));
        Assert.Equal([October], await _db.Get<MonthlySnapshotReader>().MonthsAsync());
    }
}
