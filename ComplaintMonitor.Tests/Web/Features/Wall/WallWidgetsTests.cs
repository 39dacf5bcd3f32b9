using Bunit;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.Web.Components;
using ComplaintMonitor.Web.Features.Wall;
using ComplaintMonitor.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ComplaintMonitor.Tests.Web.Features.Wall;

/// <summary>The wall's widgets on their own: the KPI tile against its target, the ranking's small-sample guard, the live ticker.</summary>
public sealed class WallWidgetsTests : IAsyncLifetime
{
    // Set in the constructor so that it flows into the test methods.
    private readonly CultureScope _culture = CultureScope.Use("zh-CN");
    private readonly BunitContext _ctx = new();

    public WallWidgetsTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
        _ctx.Services.AddLocalization();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        _culture.Dispose();
    }

    private IRenderedComponent<WallKpiTile> Kpi(Ratio rate, double target, bool ceiling = false) => _ctx.Render<WallKpiTile>(ps => ps
        .Add(p => p.Key, "OnTime").Add(p => p.Rate, rate).Add(p => p.Target, target).Add(p => p.Ceiling, ceiling)
        .Add(p => p.NumeratorHref, "/n").Add(p => p.DenominatorHref, "/d"));

    private static string State(IRenderedComponent<WallKpiTile> cut) => cut.Find("[data-testid=kpi-OnTime]").GetAttribute("data-state")!;

    [Fact]
    public void Kpi_below_its_floor_is_red_and_says_so()
    {
        var cut = Kpi(new Ratio(94, 100), 0.95);

        Assert.Equal("missed", State(cut));
        Assert.Contains("wall-kpi--missed", cut.Find("[data-testid=kpi-OnTime]").ClassName, StringComparison.Ordinal);
        Assert.Equal("94.0%", cut.Find("[data-testid=kpi-value]").TextContent);
        Assert.Equal("未达标", cut.Find("[data-testid=kpi-verdict]").TextContent);
        Assert.Equal("/n", cut.Find("[data-testid=kpi-numerator]").GetAttribute("href"));
        Assert.Equal("100", cut.Find("[data-testid=kpi-denominator]").TextContent);
        Assert.Equal("/d", cut.Find("[data-testid=kpi-denominator]").GetAttribute("href"));
    }

    [Fact]
    public void Kpi_at_its_floor_is_met()
    {
        var cut = Kpi(new Ratio(95, 100), 0.95);

        Assert.Equal("met", State(cut));
        Assert.Equal("达标", cut.Find("[data-testid=kpi-verdict]").TextContent);
    }

    [Fact]
    public void Ceiling_kpi_is_red_only_above_its_ceiling()
    {
        Assert.Equal("missed", State(Kpi(new Ratio(2, 100), 0.01, ceiling: true)));
        Assert.Equal("超出上限", _ctx.Render<WallKpiTile>(ps => ps.Add(p => p.Key, "BadRate").Add(p => p.Rate, new Ratio(2, 100))
            .Add(p => p.Target, 0.01).Add(p => p.Ceiling, true).Add(p => p.NumeratorHref, "/n").Add(p => p.DenominatorHref, "/d"))
            .Find("[data-testid=kpi-verdict]").TextContent);
        Assert.Equal("met", State(Kpi(new Ratio(1, 100), 0.01, ceiling: true)));
        Assert.Equal("met", State(Kpi(new Ratio(0, 100), 0.01, ceiling: true)));
    }

    [Fact]
    public void Kpi_without_a_denominator_is_neither_red_nor_green()
    {
        var cut = Kpi(new Ratio(0, 0), 0.95);

        Assert.Equal("none", State(cut));
        Assert.Equal("—", cut.Find("[data-testid=kpi-value]").TextContent);
        Assert.Equal("暂无数据", cut.Find("[data-testid=kpi-verdict]").TextContent);
    }

    private static EvaluationCounts Ratings(int good, int bad) => new() { Satisfied = good, Dissatisfied = bad, Active = good + bad, ActiveGood = good };

    [Fact]
    public void Ranking_lists_a_window_with_too_few_ratings_unranked_and_says_why()
    {
        var rows = WindowRanking.Rank(
        [
            new WindowRanking.Input(1, "A01 一号窗口", "甲局", Ratings(good: 18, bad: 2), Complaints: 3),
            new WindowRanking.Input(2, "A02 二号窗口", "甲局", Ratings(good: 4, bad: 0), Complaints: 0),
            new WindowRanking.Input(3, "B01 三号窗口", "乙局", Ratings(good: 30, bad: 0), Complaints: 1),
        ], minRatings: 20);

        var cut = _ctx.Render<WallRanking>(ps => ps.Add(p => p.Rows, rows).Add(p => p.MinRatings, 20)
            .Add(p => p.From, new DateOnly(2026, 11, 1)).Add(p => p.To, new DateOnly(2026, 11, 10)));

        var rendered = cut.FindAll("[data-testid=ranking-row]");
        Assert.Equal(["3", "1", "2"], rendered.Select(r => r.GetAttribute("data-window")));
        Assert.Equal("1", rendered[0].GetAttribute("data-rank"));
        Assert.Equal("2", rendered[1].GetAttribute("data-rank"));
        Assert.Null(rendered[2].GetAttribute("data-rank"));
        // A perfect 4 of 4 is not placed above 30 of 30 or 18 of 20: it is not ranked at all, and the reason is shown.
        var reason = Assert.Single(cut.FindAll("[data-testid=ranking-reason]"));
        Assert.Equal("评价数不足 20 条，不参与排名", reason.TextContent);
        Assert.Contains("评价数不足", rendered[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("/statistics/ratings?metric=Ratings&scope=window&id=2&from=2026-11-01&to=2026-11-10",
            rendered[2].QuerySelector("[data-testid=ranking-ratings]")!.GetAttribute("href"));
    }

    [Fact]
    public void Ranking_gives_equal_rates_the_same_rank()
    {
        var rows = WindowRanking.Rank(
        [
            new WindowRanking.Input(1, "A01", "甲局", Ratings(good: 19, bad: 1), 0),
            new WindowRanking.Input(2, "A02", "甲局", Ratings(good: 38, bad: 2), 0),
            new WindowRanking.Input(3, "A03", "甲局", Ratings(good: 20, bad: 5), 0),
        ], minRatings: 20);

        Assert.Equal([1, 1, 3], rows.Select(r => r.Rank));
        Assert.Equal(2, rows[0].WindowId); // the tie is broken for display by the larger sample
    }

    private static WallTickerItem Seeded(int i) =>
        new(i, $"TS20261102{i:0000}", "Register", ComplaintStatus.Registered, new DateTimeOffset(2026, 11, 2, 1, 0, i, TimeSpan.Zero));

    [Fact]
    public void Ticker_shows_the_seeded_rows_and_puts_pushed_changes_on_top()
    {
        var today = new DateOnly(2026, 11, 2);
        var cut = _ctx.Render<WallTicker>(ps => ps.Add(p => p.Seed, [.. Enumerable.Range(1, 20).Reverse().Select(Seeded)]).Add(p => p.Today, today));
        Assert.Equal(20, cut.FindAll("[data-testid=ticker-item]").Count);
        Assert.Equal("TS202611020020", cut.Find("[data-testid=ticker-case]").TextContent);
        Assert.Equal("登记", cut.Find("[data-testid=ticker-action]").TextContent);

        var at = new DateTimeOffset(2026, 11, 2, 2, 30, 0, TimeSpan.Zero);
        ComplaintChanged accepted = new(7, "TS202611020007", "Accept", "Registered", "Accepted", 2, at, 10, null, null, null, "sup");
        ComplaintChanged registered = new(99, "TS202611020099", "Register", null, "Registered", 1, at.AddSeconds(5), null, null, null, null, "sup");
        ComplaintChanged reveal = new(7, "TS202611020007", "RevealIdentity", "Accepted", "Accepted", 2, at.AddSeconds(6), 10, null, null, null, "sup");
        cut.InvokeAsync(() => cut.Instance.Add([accepted, registered, reveal]));
        // The same push delivered again (a batch may repeat what a reload already showed) adds nothing.
        cut.InvokeAsync(() => cut.Instance.Add([registered]));

        var items = cut.FindAll("[data-testid=ticker-item]");
        Assert.Equal(20, items.Count);
        Assert.Equal(["TS202611020099", "TS202611020007", "TS202611020020"], cut.FindAll("[data-testid=ticker-case]").Take(3).Select(e => e.TextContent));
        Assert.Equal(["登记", "受理"], cut.FindAll("[data-testid=ticker-action]").Take(2).Select(e => e.TextContent));
        Assert.Contains("10:30:05", items[0].TextContent, StringComparison.Ordinal); // Shanghai time
        Assert.Contains("→ 受理", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("/complaints/99", cut.Find("[data-testid=ticker-case]").GetAttribute("href"));
        Assert.DoesNotContain("TS202611020001", cut.Markup, StringComparison.Ordinal); // the oldest fell off the end
    }
}
