using Bunit;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.Web.Features.Complaints;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Performance;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintMonitor.Tests.Web.Features.Performance;

public sealed class ScorecardComponentTests : ComplaintComponentTestBase
{
    private static readonly DrilldownFilter November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private static Scorecard Card() => new(Scope.Window, 7, November,
        new ScorecardCounts(
            new StatCounts { Registered = 12, Accepted = 10, Closed = 10, ClosedOnTime = 8, Upheld = 3, PartlyUpheld = 1, NotUpheld = 4, ClosedReopened = 1 },
            new EvaluationCounts { VerySatisfied = 15, Satisfied = 3, Dissatisfied = 2, Excluded = 1 },
            OverdueOpen: 2),
        new ScorecardCounts(
            new StatCounts { Registered = 15, Closed = 10, ClosedOnTime = 5, ClosedReopened = 1 },
            new EvaluationCounts { VerySatisfied = 9, Dissatisfied = 1 },
            OverdueOpen: 0));

    [Fact]
    public void Every_count_is_a_link_to_its_exact_list()
    {
        var cut = Ctx.Render<ScorecardView>(p => p.Add(x => x.Card, Card()));

        var registered = cut.Find("[data-testid=metric-Registered]");
        Assert.Equal("12", registered.TextContent.Trim());
        Assert.Equal("/statistics/cases?metric=Registered&scope=window&id=7&from=2026-11-01&to=2026-11-30", registered.GetAttribute("href"));
        Assert.Equal("/statistics/cases?metric=OverdueOpen&scope=window&id=7&from=2026-11-01&to=2026-11-30",
            cut.Find("[data-testid=metric-OverdueOpen]").GetAttribute("href"));
        Assert.Equal("8", cut.Find("[data-testid=metric-ClosedOnTime]").TextContent.Trim());
        var bad = cut.Find("[data-testid=rating-Bad]");
        Assert.Equal("2", bad.TextContent.Trim());
        Assert.Equal("/statistics/ratings?metric=Bad&scope=window&id=7&from=2026-11-01&to=2026-11-30", bad.GetAttribute("href"));
        Assert.Equal("20", cut.Find("[data-testid=rating-Ratings]").TextContent.Trim());
        Assert.Equal("1", cut.Find("[data-testid=rating-Excluded]").TextContent.Trim());
        // Each count on the card links to a list (no bare numbers in the parts).
        Assert.All(cut.FindAll(".scorecard__part"), part => Assert.NotNull(part.QuerySelector("a[href^='/statistics/']")));
    }

    [Fact]
    public void Findings_say_which_count_against_the_respondent()
    {
        var cut = Ctx.Render<ScorecardView>(p => p.Add(x => x.Card, Card()));

        Assert.Equal("计入考核", cut.Find("[data-testid=metric-Upheld-note]").TextContent.Trim());
        Assert.Equal("计入考核", cut.Find("[data-testid=metric-PartlyUpheld-note]").TextContent.Trim());
        Assert.Equal("不计入考核", cut.Find("[data-testid=metric-NotUpheld-note]").TextContent.Trim());
        Assert.Equal("50.0%", cut.Find("[data-testid=figure-Findings] [data-testid=headline]").TextContent.Trim());
    }

    [Fact]
    public void Trend_arrows_show_the_change_against_last_month_and_whether_it_is_better()
    {
        var cut = Ctx.Render<ScorecardView>(p => p.Add(x => x.Card, Card()));

        // 按时办结率 80.0 % against 50.0 %: up 30 points, better.
        var onTime = cut.Find("[data-testid=figure-OnTime] [data-testid=trend]");
        Assert.Equal("up", onTime.GetAttribute("data-direction"));
        Assert.Contains("trend--better", onTime.ClassName, StringComparison.Ordinal);
        Assert.Equal("+30.0 个百分点", cut.Find("[data-testid=figure-OnTime] [data-testid=trend-delta]").TextContent.Trim());
        // 差评率 10.0 % against 10.0 %: flat.
        Assert.Equal("flat", cut.Find("[data-testid=figure-BadRate] [data-testid=trend]").GetAttribute("data-direction"));
        // Registrations 12 against 15: down 3, fewer complaints is better.
        var workload = cut.Find("[data-testid=figure-Registered] [data-testid=trend]");
        Assert.Equal("down", workload.GetAttribute("data-direction"));
        Assert.Contains("trend--better", workload.ClassName, StringComparison.Ordinal);
        Assert.Equal("−3", cut.Find("[data-testid=figure-Registered] [data-testid=trend-delta]").TextContent.Trim());
        // Nothing to compare with: no arrow.
        Assert.Equal("none", cut.Find("[data-testid=figure-Rectification] [data-testid=trend]").GetAttribute("data-direction"));
    }

    [Fact]
    public async Task The_list_page_header_states_the_metric_scope_period_and_the_count_of_the_scorecard()
    {
        await Db.Get<DemoComplaints>().SeedAsync(200, await Db.Contexts.GetAsync(), seed: 9);
        await Db.Get<StatisticsRollup>().RunIncrementalAsync();
        var filter = new DrilldownFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var card = await Db.Get<ScorecardQueries>().ScorecardAsync(Scope.Centre, 0, filter);
        Assert.True(card.Current.Complaints.Closed > 25, "more than one page");
        Ctx.Render<MudPopoverProvider>();
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(DrilldownLinks.Cases(CaseMetric.Closed, Scope.Centre, 0, filter));

        var cut = Ctx.Render<CaseListPage>();

        // The count arrives from a background query after the first page: give it time on a busy two-core machine.
        cut.WaitForAssertion(() => Assert.Equal($"共 {card.Current.Complaints.Closed:N0} 件", cut.Find("[data-testid=list-count]").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal("办结", cut.Find("[data-testid=list-title]").TextContent.Trim());
        Assert.Equal("全中心 · 2026-01-01 – 2026-12-31", cut.Find("[data-testid=list-scope]").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid=case-link]").Count), TimeSpan.FromSeconds(15));
        Assert.All(cut.FindAll("[data-testid=case-link]"), a => Assert.StartsWith("/complaints/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_window_page_shows_its_scorecard_time_in_state_and_staff()
    {
        await Db.Get<DemoComplaints>().SeedAsync(150, await Db.Contexts.GetAsync(), seed: 10);
        await Db.Get<StatisticsRollup>().RunIncrementalAsync();
        var window = await WindowWithMostCasesAsync();
        Ctx.Render<MudPopoverProvider>();
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/statistics/windows/{window}?from=2026-01-01&to=2026-12-31");

        var cut = Ctx.Render<DrilldownPage>(p => p.Add(x => x.Id, window));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=scorecard]")), TimeSpan.FromSeconds(15));
        var expected = await Db.Get<ScorecardQueries>().CountsAsync(Scope.Window, window, new DrilldownFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(expected.Complaints.Registered.ToString("N0"), cut.Find("[data-testid=metric-Registered]").TextContent.Trim());
        Assert.NotEmpty(cut.FindAll("[data-testid=time-in-state] tr[data-testid^=stage-]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=children-table] [data-testid=child-link]"));
        Assert.Equal("Window", cut.Find("[data-testid=drilldown]").GetAttribute("data-scope"));
    }

    private async Task<int> WindowWithMostCasesAsync()
    {
        await using var ctx = await Db.Factory.CreateDbContextAsync();
        return await ctx.ComplaintStatFacts.AsNoTracking()
            .Where(f => f.WindowId != 0).GroupBy(f => f.WindowId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
    }
}
