using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Features.Wall;
using Microsoft.EntityFrameworkCore;
using static ComplaintMonitor.Tests.TestSupport.ComplaintBuilder;

namespace ComplaintMonitor.Tests.Web.Features.Wall;

/// <summary>The wall's numbers from hand-made cases and ratings: periods, KPIs, ranking guard, trend, lights and ticker.</summary>
public sealed class WallQueriesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(); // Monday 2026-11-02 10:00 Shanghai
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await ctx.Database.ExecuteSqlRawAsync("""INSERT INTO "Windows" ("Id","Code","Name","UnitId","Active") VALUES (2,'B01','二号窗口',11,1);""");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<RegisteredComplaint> RegisterAsync(int window, Channel channel, ComplaintCategory category) =>
        await _db.Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = channel, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(), Complainant = Complainant.AnonymousPerson,
            RespondentType = RespondentType.Window, RespondentUnitId = window == 1 ? HandlerUnit : OtherUnit, RespondentWindowId = window,
            Category = category, Content = "内容",
        }, Supervisor);

    private int _ratingNo;

    /// <summary>Stores ratings and their rollup rows in one transaction, as the rating intake does.</summary>
    private async Task RateAsync(int window, int level, int count, DateTimeOffset? at = null)
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        await using var tx = await ctx.Database.BeginTransactionAsync();
        for (var i = 0; i < count; i++)
        {
            var e = Evaluation.Receive(new NewEvaluation
            {
                UnitId = window == 1 ? HandlerUnit : OtherUnit, WindowId = window, ServiceCaseNumber = $"BJ{++_ratingNo:00000}", Level = level,
                Channel = RatingChannel.Device, RatedAt = at,
            }, "test", _db.Time.GetUtcNow());
            ctx.Evaluations.Add(e);
            await ctx.SaveChangesAsync();
            await EvaluationRollup.ApplyAsync(ctx, e, 1, CancellationToken.None);
        }
        await tx.CommitAsync();
    }

    [Fact]
    public async Task Wall_counts_today_week_and_month_and_ranks_windows_with_enough_ratings()
    {
        // Mon 11-02: one case, and a 差评 of window 1 (this month, not this week).
        var first = await RegisterAsync(1, Channel.Phone, ComplaintCategory.Efficiency);
        await RateAsync(1, level: 2, count: 1);
        // Mon 11-09: one case; Tue 11-10 (today): two cases and the rest of the ratings.
        _db.Time.Advance(TimeSpan.FromDays(7));
        await RegisterAsync(1, Channel.OnSite, ComplaintCategory.ServiceAttitude);
        _db.Time.Advance(TimeSpan.FromDays(1));
        await RegisterAsync(2, Channel.OnSite, ComplaintCategory.ServiceAttitude);
        var last = await RegisterAsync(1, Channel.Phone, ComplaintCategory.ServiceAttitude);
        await RateAsync(1, level: 5, count: 19);
        await RateAsync(2, level: 4, count: 2);
        await RateAsync(2, level: 1, count: 1);
        await _db.Get<StatisticsRollup>().RunIncrementalAsync();

        var wall = await _db.Get<WallQueries>().LoadAsync();

        Assert.Equal(new DateOnly(2026, 11, 10), wall.Today);
        var periods = wall.Periods.ToDictionary(p => p.Key);
        Assert.Equal((2, 0, 1), (periods["Today"].Registered, periods["Today"].Closed, periods["Today"].BadRatings));
        Assert.Equal((3L, 1L), (periods["Week"].Registered, periods["Week"].BadRatings));
        Assert.Equal(new DateOnly(2026, 11, 9), periods["Week"].From);
        Assert.Equal((4L, 2L), (periods["Month"].Registered, periods["Month"].BadRatings));
        Assert.Equal(new DateOnly(2026, 11, 1), periods["Month"].From);

        // 满意率 21 of 23 counting ratings, 差评率 2 of 23; nothing closed yet, so 按时办结率 has no denominator.
        Assert.Equal((21L, 23L), (wall.MonthRatings.SatisfactionRate.Numerator, wall.MonthRatings.SatisfactionRate.Denominator));
        Assert.Equal((2L, 23L), (wall.MonthRatings.BadRate.Numerator, wall.MonthRatings.BadRate.Denominator));
        Assert.Null(wall.MonthKpis.OnTimeRate.Value);
        Assert.Equal(4, wall.MonthKpis.Registered);

        // Window 1: 20 ratings (19 good, 1 bad) — ranked; window 2: 3 ratings — listed, not ranked.
        Assert.Equal(2, wall.Ranking.Count);
        Assert.Equal((1, 1, 20L, 1L, 3L), (wall.Ranking[0].WindowId, wall.Ranking[0].Rank, wall.Ranking[0].Ratings, wall.Ranking[0].BadRatings, wall.Ranking[0].Complaints));
        Assert.Equal("A01 一号窗口", wall.Ranking[0].Window);
        Assert.Equal((2, (int?)null, 3L, 1L), (wall.Ranking[1].WindowId, wall.Ranking[1].Rank, wall.Ranking[1].Ratings, wall.Ranking[1].Complaints));

        // Trend: this month's column holds the four cases, by channel and by category.
        Assert.Equal(12, wall.Trend.Months.Count);
        Assert.Equal(new DateOnly(2026, 11, 1), wall.Trend.Months[^1]);
        Assert.Equal(2, wall.Trend.ByChannel[Channel.Phone][^1]);
        Assert.Equal(2, wall.Trend.ByChannel[Channel.OnSite][^1]);
        Assert.Equal(3, wall.Trend.ByCategory[ComplaintCategory.ServiceAttitude][^1]);
        Assert.All(wall.Trend.ByChannel.Values, v => Assert.All(v[..^1], n => Assert.Equal(0, n)));

        // Open cases: all four still 登记; the one from last Monday is long past its 受理 deadline.
        Assert.Equal(4, wall.Overview.OpenByStatus[ComplaintStatus.Registered]);
        Assert.Contains(wall.Red, w => w.ComplaintId == first.Id);
        Assert.All(wall.Red, w => Assert.True(w.DueAt < _db.Time.GetUtcNow()));
        Assert.All(wall.Yellow, w => Assert.True(w.DueAt >= _db.Time.GetUtcNow()));

        // Ticker: the registrations, newest first.
        Assert.Equal(4, wall.Ticker.Count);
        Assert.Equal(last.CaseNumber, wall.Ticker[0].CaseNumber);
        Assert.Equal(first.CaseNumber, wall.Ticker[^1].CaseNumber);
        Assert.All(wall.Ticker, t => Assert.Equal("Register", t.Action));
    }

    [Fact]
    public async Task A_week_that_began_last_month_sums_the_same_as_the_drill_down_of_each_period()
    {
        // Friday 11-27 (last week), Monday 11-30 (this week, last month), Tuesday 12-01 (today, this month).
        await _db.DisposeAsync();
        _db = await TestDatabase.CreateAsync(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        await RegisterAsync(1, Channel.Phone, ComplaintCategory.Other);
        await RateAsync(1, level: 1, count: 2);
        _db.Time.Advance(TimeSpan.FromDays(3));
        await RegisterAsync(1, Channel.OnSite, ComplaintCategory.Other);
        await RateAsync(1, level: 2, count: 1);
        await RateAsync(1, level: 5, count: 3);
        _db.Time.Advance(TimeSpan.FromDays(1));
        await RegisterAsync(1, Channel.Phone, ComplaintCategory.Efficiency);
        await RegisterAsync(1, Channel.Phone, ComplaintCategory.Efficiency);
        await RateAsync(1, level: 1, count: 4);
        await _db.Get<StatisticsRollup>().RunIncrementalAsync();

        var (periods, month, monthRatings) = await _db.Get<WallQueries>().CountsAsync(new DateOnly(2026, 12, 1));

        var byKey = periods.ToDictionary(p => p.Key);
        Assert.Equal((new DateOnly(2026, 11, 30), 3L, 5L), (byKey["Week"].From, byKey["Week"].Registered, byKey["Week"].BadRatings));
        Assert.Equal((2L, 4L), (byKey["Today"].Registered, byKey["Today"].BadRatings));
        Assert.Equal((new DateOnly(2026, 12, 1), 2L, 4L), (byKey["Month"].From, byKey["Month"].Registered, byKey["Month"].BadRatings));
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        foreach (var p in periods)
        {
            var counts = await _db.Get<StatisticsQueries>().CountsAsync(new StatFilter(p.From, p.To));
            var ratings = await EvaluationRollup.SumAsync(ctx, p.From, p.To, null, CancellationToken.None);
            Assert.Equal((counts.Registered, counts.Closed, ratings.Bad), (p.Registered, p.Closed, p.BadRatings));
        }
        Assert.Equal(await _db.Get<StatisticsQueries>().CountsAsync(new StatFilter(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1))), month);
        Assert.Equal(await EvaluationRollup.SumAsync(ctx, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), null, CancellationToken.None), monthRatings);
    }

    [Fact]
    public async Task Cache_serves_every_screen_one_result_and_a_committed_change_brings_the_counts_up_to_date()
    {
        var cache = _db.Get<WallCache>();
        var before = await cache.GetAsync();
        Assert.Same(before, await cache.GetAsync());
        Assert.Equal(0, before.Periods[0].Registered);

        // Registering publishes ComplaintChanged after the commit: the cache is cleared and the rollup caught up (no job ran).
        await RegisterAsync(1, Channel.Phone, ComplaintCategory.Other);
        var after = await cache.GetAsync();

        Assert.NotSame(before, after);
        Assert.Equal(1, after.Periods[0].Registered);
        Assert.Single(after.Ticker);
    }
}
