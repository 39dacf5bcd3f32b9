using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Evaluations;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Evaluations;
using ComplaintMonitor.Web.Features.Performance;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Performance;

/// <summary>
/// Every drill-down number opens the exact list behind it: for every metric × scope × period, the scorecard's number
/// (from the rollups) equals the list's count, and the list's ids are exactly the cases the domain counts there.
/// </summary>
public sealed class DrilldownCountEqualsListTests(DrilldownCountEqualsListTests.Data data) : IClassFixture<DrilldownCountEqualsListTests.Data>
{
    private readonly TestDatabase _db = data.Db;

    /// <summary>One seeded database for the class: the tests only read it.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public TestDatabase Db { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Db = await TestDatabase.CreateAsync();
            await SeedAsync(Db);
        }

        public async Task DisposeAsync() => await Db.DisposeAsync();
    }

    private static async Task SeedAsync(TestDatabase _db)
    {
        var context = await _db.Contexts.GetAsync();
        await _db.Get<DemoComplaints>().SeedAsync(700, context, seed: 61);
        await _db.Get<StatisticsRollup>().RunIncrementalAsync();
        // A second batch after the first run: the lists must follow the incremental rollup, not a fresh recompute.
        await _db.Get<DemoComplaints>().SeedAsync(150, context, seed: 62);
        await _db.Get<StatisticsRollup>().RunIncrementalAsync();
        await AddRatingsAsync(_db);
    }

    private static async Task AddRatingsAsync(TestDatabase _db)
    {
        var random = new Random(3);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var windows = await ctx.Windows.AsNoTracking().ToListAsync();
        var staff = await ctx.Staff.AsNoTracking().ToListAsync();
        var now = _db.Time.GetUtcNow();
        var evaluations = new List<Evaluation>();
        await using (var tx = await ctx.Database.BeginTransactionAsync())
        {
            for (var i = 0; i < 120; i++)
            {
                var window = windows[random.Next(windows.Count)];
                var member = staff.Where(s => s.WindowId == window.Id).ToList() is { Count: > 0 } m && random.NextDouble() < 0.8 ? m[random.Next(m.Count)] : null;
                var e = Evaluation.Receive(new NewEvaluation
                {
                    UnitId = window.UnitId, WindowId = window.Id, StaffId = member?.Id, ServiceCaseNumber = $"BJ{i:D5}",
                    Level = random.Next(1, 6), Channel = RatingChannel.Device, RatedAt = now.AddDays(-random.Next(0, 90)), Defaulted = random.NextDouble() < 0.1,
                }, "test", now);
                ctx.Evaluations.Add(e);
                await ctx.SaveChangesAsync();
                await EvaluationRollup.ApplyAsync(ctx, e, 1, default);
                evaluations.Add(e);
            }
            // Some 差评 appealed and approved (误评): they leave the rates and count as Excluded only.
            foreach (var e in evaluations.Where(e => e.IsBad).Take(6))
            {
                await EvaluationRollup.ApplyAsync(ctx, e, -1, default);
                e.FileAppeal(new Actor("h", "承办", UserRole.Handler, null, e.UnitId), "误评", "监控录像", now);
                e.DecideAppeal(ComplaintBuilder.Supervisor, approve: true, MisratingKind.Mistaken, "属误评", now);
                await ctx.SaveChangesAsync();
                await EvaluationRollup.ApplyAsync(ctx, e, 1, default);
            }
            await tx.CommitAsync();
        }
    }

    public static TheoryData<int> Periods => new() { 0, 1, 2 };

    private static DrilldownFilter Period(int which) => which switch
    {
        0 => new DrilldownFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
        1 => new DrilldownFilter(new DateOnly(2026, 8, 17), new DateOnly(2026, 10, 9)),
        _ => new DrilldownFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Every_case_metric_of_every_scope_opens_exactly_its_cases(int period)
    {
        var filter = Period(period);
        var facts = await CurrentFactsAsync();
        var scopes = Scopes(facts);
        var scorecards = _db.Get<ScorecardQueries>();
        var lists = _db.Get<CaseListQuery>();
        var checkedNonEmpty = 0;
        foreach (var (scope, id) in scopes)
        {
            var card = await scorecards.ScorecardAsync(scope, id, filter);
            foreach (var metric in Enum.GetValues<CaseMetric>().Where(m => m != CaseMetric.OverdueOpen))
            {
                var request = new CaseListRequest(metric, scope, id, filter);
                var expected = facts.Where(f => InScope(f, scope, id) && Counts(f, metric, filter)).Select(f => f.ComplaintId).Order().ToList();
                var listed = await AllIdsAsync(lists, request);

                Assert.True(card.Current.Of(metric) == expected.Count, $"{metric} {scope} {id}: scorecard {card.Current.Of(metric)}, expected {expected.Count}");
                Assert.Equal(expected.Count, await lists.CountAsync(request));
                Assert.Equal(expected, listed);
                checkedNonEmpty += expected.Count > 0 ? 1 : 0;
            }
        }
        Assert.True(checkedNonEmpty > 20, "the data set must make most lists non-empty");
    }

    [Fact]
    public async Task Exports_of_a_list_and_of_a_scorecard_carry_the_numbers_shown()
    {
        var filter = Period(2);
        var scorecards = _db.Get<ScorecardQueries>();
        var card = await scorecards.ScorecardAsync(Scope.Centre, 0, filter);
        var export = new CaseListExport(_db.Get<CaseListQuery>(), Localizers.Shared);
        var request = new CaseListRequest(CaseMetric.Closed, Scope.Centre, 0, filter);

        var rows = new List<object?[]>();
        await foreach (var row in export.RowsAsync(request))
        {
            rows.Add(row);
        }

        Assert.Equal(card.Current.Of(CaseMetric.Closed), rows.Count);
        Assert.True(rows.Count > 100);
        Assert.All(rows, r => Assert.Equal(export.Headers.Count, r.Length));
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            var ids = await AllIdsAsync(_db.Get<CaseListQuery>(), request);
            var numbers = await ctx.Complaints.Where(c => ids.Contains(c.Id)).Select(c => c.CaseNumber).ToListAsync();
            Assert.Equal(numbers.Order(StringComparer.Ordinal), rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        }

        var children = await scorecards.ChildrenAsync(Scope.Centre, 0, filter, await _db.Get<ComplaintMonitor.Web.Features.Complaints.OrganisationDirectory>().LoadAsync());
        var table = new List<object?[]>();
        await foreach (var row in ScorecardExport.RowsAsync("全中心", card.Current, children))
        {
            table.Add(row);
        }
        Assert.Equal(1 + children.Count, table.Count);
        Assert.Equal(ScorecardExport.Headers(Localizers.Shared).Count, table[0].Length);
        Assert.Equal(card.Current.Complaints.Registered, table[0][1]);
        Assert.Equal(card.Current.Complaints.Registered, table.Skip(1).Sum(r => (long)r[1]!));
        Assert.Equal(card.Current.Kpis.OnTimeRate.Value is { } v ? $"{v * 100:0.0}%" : "", table[0][8]);
    }

    [Fact]
    public async Task Channel_and_category_filters_narrow_number_and_list_alike()
    {
        var filter = Period(2) with { Channel = Channel.Phone, Category = ComplaintCategory.Efficiency };
        var facts = await CurrentFactsAsync();
        var lists = _db.Get<CaseListQuery>();
        foreach (var metric in new[] { CaseMetric.Registered, CaseMetric.Closed, CaseMetric.ClosedOnTime })
        {
            var card = await _db.Get<ScorecardQueries>().ScorecardAsync(Scope.Centre, 0, filter);
            var expected = facts.Where(f => f.Channel == Channel.Phone && f.Category == ComplaintCategory.Efficiency && Counts(f, metric, filter))
                .Select(f => f.ComplaintId).Order().ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Count, card.Current.Of(metric));
            Assert.Equal(expected, await AllIdsAsync(lists, new CaseListRequest(metric, Scope.Centre, 0, filter)));
        }
    }

    [Fact]
    public async Task Overdue_open_lists_the_open_cases_past_their_handling_deadline()
    {
        var now = _db.Time.GetUtcNow();
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var complaints = await ctx.Complaints.AsNoTracking().Include(c => c.Deadlines).AsSplitQuery().ToListAsync();
        var overdue = complaints.Where(c => c.Status is not (ComplaintStatus.Closed or ComplaintStatus.Archived or ComplaintStatus.Rejected or ComplaintStatus.Withdrawn)
            && c.Deadlines.Any(d => d.Kind is DeadlineKind.ReplyBy or DeadlineKind.RectifyBy && d.CompletedAt is null && d.PausedOn is null && d.DueAt < now)).ToList();
        Assert.NotEmpty(overdue);
        var unit = overdue.GroupBy(c => c.RespondentUnitId ?? 0).OrderByDescending(g => g.Count()).First().Key;
        foreach (var (scope, id) in new[] { (Scope.Centre, 0), (Scope.Unit, unit) })
        {
            var expected = overdue.Where(c => scope == Scope.Centre || c.RespondentUnitId == id).Select(c => c.Id).Order().ToList();
            var card = await _db.Get<ScorecardQueries>().ScorecardAsync(scope, id, Period(0));
            Assert.Equal(expected.Count, card.Current.OverdueOpen);
            Assert.Equal(expected, await AllIdsAsync(_db.Get<CaseListQuery>(), new CaseListRequest(CaseMetric.OverdueOpen, scope, id, Period(0))));
        }
        // The unit's row in the centre's table shows the same number.
        var children = await _db.Get<ScorecardQueries>().ChildrenAsync(Scope.Centre, 0, Period(0), await _db.Get<ComplaintMonitor.Web.Features.Complaints.OrganisationDirectory>().LoadAsync());
        Assert.Equal(overdue.Count(c => c.RespondentUnitId == unit), children.Single(c => c.Id == unit).Counts.OverdueOpen);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Every_rating_metric_of_every_scope_opens_exactly_its_ratings(int period)
    {
        var filter = Period(period);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var ratings = await ctx.Evaluations.AsNoTracking().ToListAsync();
        var scopes = new List<(Scope, int)> { (Scope.Centre, 0) };
        scopes.Add((Scope.Unit, ratings.GroupBy(e => e.UnitId).MaxBy(g => g.Count())!.Key));
        scopes.Add((Scope.Window, ratings.GroupBy(e => e.WindowId).MaxBy(g => g.Count())!.Key));
        scopes.Add((Scope.Staff, ratings.Where(e => e.StaffId is not null).GroupBy(e => e.StaffId!.Value).MaxBy(g => g.Count())!.Key));
        var list = _db.Get<RatingListQuery>();
        foreach (var (scope, id) in scopes)
        {
            var card = await _db.Get<ScorecardQueries>().ScorecardAsync(scope, id, filter);
            foreach (var metric in Enum.GetValues<RatingMetric>())
            {
                var expected = ratings.Where(e => e.RatedOn >= filter.From && e.RatedOn <= filter.To && scope switch
                {
                    Scope.Unit => e.UnitId == id,
                    Scope.Window => e.WindowId == id,
                    Scope.Staff => e.StaffId == id,
                    _ => true,
                } && RatingCounts(EvaluationCounts.Of(e), metric)).Select(e => e.Id).Order().ToList();
                var request = new RatingListRequest(metric, scope, id, filter.From, filter.To);
                var listed = new List<long>();
                RatingCursor? after = null;
                do
                {
                    var page = await list.ListAsync(request, after, 7);
                    listed.AddRange(page.Rows.Select(r => r.Id));
                    after = page.Next;
                }
                while (after is not null);

                Assert.Equal(expected.Count, card.Current.Of(metric));
                Assert.Equal(expected.Count, await list.CountAsync(request));
                Assert.Equal(expected, listed.Order().ToList());
            }
        }
    }

    private static bool RatingCounts(EvaluationCounts c, RatingMetric metric) => metric switch
    {
        RatingMetric.Good => c.Good == 1,
        RatingMetric.Bad => c.Bad == 1,
        RatingMetric.Excluded => c.Excluded == 1,
        _ => c.Total == 1,
    };

    /// <summary>The centre, and the unit, window and staff member with the most cases.</summary>
    private static List<(Scope, int)> Scopes(List<ComplaintFacts> facts) =>
    [
        (Scope.Centre, 0),
        (Scope.Unit, facts.Where(f => f.UnitId != 0).GroupBy(f => f.UnitId).MaxBy(g => g.Count())!.Key),
        (Scope.Window, facts.Where(f => f.WindowId != 0).GroupBy(f => f.WindowId).MaxBy(g => g.Count())!.Key),
        (Scope.Staff, facts.Where(f => f.StaffId != 0).GroupBy(f => f.StaffId).MaxBy(g => g.Count())!.Key),
    ];

    private static bool InScope(ComplaintFacts f, Scope scope, int id) => scope switch
    {
        Scope.Unit => f.UnitId == id,
        Scope.Window => f.WindowId == id,
        Scope.Staff => f.StaffId == id,
        _ => true,
    };

    /// <summary>The domain's rule: what the case adds on its registration day and on its closing day, within the period.</summary>
    private static bool Counts(ComplaintFacts f, CaseMetric metric, DrilldownFilter filter)
    {
        var property = typeof(StatCounts).GetProperty(metric.ToString())!;
        var registered = f.RegisteredOn >= filter.From && f.RegisteredOn <= filter.To ? (long)property.GetValue(f.RegisteredCounts())! : 0;
        var closed = f.ClosedOn is { } c && c >= filter.From && c <= filter.To ? (long)property.GetValue(f.ClosedCounts())! : 0;
        return (filter.Channel is null || f.Channel == filter.Channel) && (filter.Category is null || f.Category == filter.Category) && registered + closed > 0;
    }

    /// <summary>Each case's facts as the domain derives them from its columns now (the rollup is up to date).</summary>
    private async Task<List<ComplaintFacts>> CurrentFactsAsync()
    {
        var calendar = (await _db.Contexts.GetAsync()).Calendar;
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        return CaseRangeReader.ReadFacts(ctx, CaseSelection.Ids(1, long.MaxValue), calendar);
    }

    /// <summary>Pages through the whole list (small pages, so the keyset is exercised); no case appears twice.</summary>
    private static async Task<List<long>> AllIdsAsync(CaseListQuery lists, CaseListRequest request)
    {
        var ids = new List<long>();
        var closedDays = new List<DateOnly>();
        CaseCursor? after = null;
        do
        {
            var page = await lists.ListAsync(request, after, 9);
            ids.AddRange(page.Rows.Select(r => r.Id));
            closedDays.AddRange(page.Rows.Select(r => r.ClosedOn ?? DateOnly.MinValue));
            after = page.Next;
        }
        while (after is not null);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        if (request.Metric != CaseMetric.OverdueOpen && !CaseListQuery.IsRegistrationFigure(request.Metric))
        {
            Assert.True(closedDays.SequenceEqual(closedDays.OrderDescending()), "closing-day lists: latest closure first");
        }
        return [.. ids.Order()];
    }
}
