using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Web.Features.Performance;

namespace ComplaintMonitor.Tests.Web.Features.Performance;

public sealed class DrilldownFilterTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void Without_a_query_string_the_period_is_this_month()
    {
        var f = DrilldownFilter.FromUri("/statistics", Today);

        Assert.Equal(new DrilldownFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), f);
        Assert.Equal(PeriodPreset.ThisMonth, f.PresetOf(Today));
    }

    [Fact]
    public void The_filter_round_trips_through_the_url_and_ignores_malformed_values()
    {
        var f = new DrilldownFilter(new DateOnly(2026, 3, 5), new DateOnly(2026, 9, 20), Channel.Phone, ComplaintCategory.Efficiency);

        Assert.Equal(f, DrilldownFilter.FromUri(f.ToUri("/statistics/windows/3"), Today));
        Assert.Equal(DrilldownFilter.ThisMonth(Today), DrilldownFilter.FromUri("/statistics?from=2026-13-01&channel=Nope&category=7", Today));
        Assert.Equal(PeriodPreset.Custom, f.PresetOf(Today));
    }

    [Fact]
    public void Quick_picks_and_the_previous_month()
    {
        var month = DrilldownFilter.ThisMonth(Today);

        Assert.Equal(new DrilldownFilter(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), DrilldownFilter.Preset(PeriodPreset.LastMonth, Today, month));
        Assert.Equal(new DrilldownFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), DrilldownFilter.Preset(PeriodPreset.ThisYear, Today, month));
        // A whole month compares with the whole previous month (30 Nov → 31 Oct), a partial one with the same days.
        Assert.Equal(new DrilldownFilter(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), month.PreviousMonth());
        Assert.Equal(new DrilldownFilter(new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 17)),
            new DrilldownFilter(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 17)).PreviousMonth());
    }

    [Fact]
    public void List_links_follow_the_url_contract_and_parse_back()
    {
        var f = new DrilldownFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Channel.WeChat);

        var url = DrilldownLinks.Cases(CaseMetric.ClosedOnTime, Scope.Unit, 4, f);

        Assert.Equal("/statistics/cases?metric=ClosedOnTime&scope=unit&id=4&from=2026-11-01&to=2026-11-30&channel=WeChat", url);
        Assert.Equal((CaseMetric.ClosedOnTime, Scope.Unit, 4), DrilldownLinks.Parse<CaseMetric>(url));
        Assert.Equal("/statistics/ratings?metric=Bad&scope=centre&id=0&from=2026-11-01&to=2026-11-30", DrilldownLinks.Ratings(RatingMetric.Bad, Scope.Centre, 0, f));
        Assert.Equal((RatingMetric.Bad, Scope.Centre, 0), DrilldownLinks.Parse<RatingMetric>("/statistics/ratings?metric=Bad&scope=centre&from=2026-11-01&to=2026-11-30"));
        Assert.Null(DrilldownLinks.Parse<CaseMetric>("/statistics/cases?metric=Closed&scope=window"));
        Assert.Null(DrilldownLinks.Parse<CaseMetric>("/statistics/cases?metric=Nothing&scope=centre"));
    }
}
