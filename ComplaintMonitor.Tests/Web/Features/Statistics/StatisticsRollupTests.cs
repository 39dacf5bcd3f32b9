using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Deadlines;
using ComplaintMonitor.Domain.Statistics;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Statistics;

public sealed class StatisticsRollupTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private StatisticsRollup Rollup => _db.Get<StatisticsRollup>();

    private async Task SeedAsync(int count, int seed)
    {
        var context = await _db.Contexts.GetAsync();
        await _db.Get<DemoComplaints>().SeedAsync(count, context, seed: seed);
    }

    private async Task<List<(string Key, StatCounts Counts)>> RowsAsync()
    {
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var rows = await ctx.StatRows.AsNoTracking().ToListAsync();
        return [.. rows.Select(r => ($"{r.Period}|{r.Day:yyyy-MM-dd}|{r.UnitId}|{r.WindowId}|{r.StaffId}|{r.Channel}|{r.Category}", r.Counts)).OrderBy(r => r.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The reference: facts taken from the loaded aggregates by the domain's definition, counted by the domain.</summary>
    private async Task<List<ComplaintFacts>> ReferenceFactsAsync()
    {
        var calendar = (await _db.Contexts.GetAsync()).Calendar;
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var complaints = await ctx.Complaints.Include(c => c.Deadlines).AsSplitQuery().ToListAsync();
        return [.. complaints.Select(c =>
        {
            var handling = c.Deadlines.Where(d => d.Kind is DeadlineKind.ReplyBy or DeadlineKind.RectifyBy).MaxBy(d => d.Id);
            return ComplaintFacts.Of(c.Id, c.RegisteredAt, c.RespondentUnitId, c.RespondentWindowId, c.RespondentStaffId, c.Channel, c.Category,
                c.AcceptedAt, c.Status, c.Complainant.Anonymous, c.ClosedAt, handling?.CompletedAt, handling?.DueAt, c.VisitResult, c.Finding,
                c.ReopenCount, c.RejectionNotice is not null, c.LookBackOutcome, calendar, c.IsBadRatingCase, c.Rectification);
        })];
    }

    /// <summary>Moves some open cases on, as users would between two rollup runs.</summary>
    private async Task AdvanceOpenCasesAsync(int seed)
    {
        var random = new Random(seed);
        var apply = _db.Get<ApplyComplaintActionHandler>();
        List<(long Id, int Version, ComplaintStatus Status)> open;
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            open = (await ctx.Complaints.Where(c => c.Status == ComplaintStatus.Registered || c.Status == ComplaintStatus.Visited || c.Status == ComplaintStatus.Replied)
                .Select(c => new { c.Id, c.Version, c.Status }).ToListAsync()).Select(c => (c.Id, c.Version, c.Status)).ToList();
        }
        _db.Time.Advance(TimeSpan.FromHours(3));
        foreach (var (id, version, status) in open.Where(_ => random.NextDouble() < 0.7))
        {
            ComplaintCommand command = status switch
            {
                ComplaintStatus.Registered => random.NextDouble() < 0.8 ? new AcceptCommand() : new RejectCommand([RejectionReason.OutOfScope], "不属于受理范围"),
                ComplaintStatus.Replied => new ReturnVisitCommand(VisitResult.BasicallySatisfied, VisitMethod.Phone),
                _ => new ReviewCommand("维持"),
            };
            try
            {
                await apply.HandleAsync(id, version, command, ComplaintBuilder.Supervisor);
            }
            catch (ComplaintMonitor.Domain.DomainException)
            {
                // A guard said no (e.g. an anonymous case's visit); the property holds either way.
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(22)]
    [InlineData(33)]
    public async Task Incremental_EqualsFullRecompute_AndTheDomainReference(int seed)
    {
        await SeedAsync(250, seed);
        await Rollup.RunIncrementalAsync();
        await AdvanceOpenCasesAsync(seed);
        await SeedAsync(60, seed + 1);
        var second = await Rollup.RunIncrementalAsync();
        Assert.True(second.Complaints > 0);
        var again = await Rollup.RunIncrementalAsync();
        var incremental = await RowsAsync();

        await Rollup.RecomputeAllAsync();
        var full = await RowsAsync();

        Assert.Equal(full, incremental);
        Assert.All(incremental, r => Assert.False(r.Counts.IsZero));
        var reference = await ReferenceFactsAsync();
        var queries = _db.Get<StatisticsQueries>();
        var today = ComplaintMonitor.Domain.Calendar.ChinaTime.Today(_db.Time);
        foreach (var (from, to) in new[] { (today.AddYears(-2), today), (today.AddDays(-30), today), (today.AddDays(-200), today.AddDays(-100)) })
        {
            Assert.Equal(Kpis.Count(reference, from, to), await queries.CountsAsync(new StatFilter(from, to)));
        }
        var unit = reference.First(f => f.UnitId != 0).UnitId;
        Assert.Equal(Kpis.Count(reference.Where(f => f.UnitId == unit), today.AddYears(-2), today),
            await queries.CountsAsync(new StatFilter(today.AddYears(-2), today, UnitId: unit)));
        // Every other filter, alone and together, and rankings by each dimension, over a range with broken months at both
        // ends and one inside a month (read as the month row less the days outside): the scope's index, the equalities, the
        // centre grain (channel and category alone) and the groupings must all give the domain's sums.
        var staffed = reference.First(f => f.StaffId != 0);
        var otherUnit = staffed.UnitId == 1 ? 2 : 1;
        var monthAgo = new DateOnly(today.AddDays(-150).Year, today.AddDays(-150).Month, 1);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        foreach (var (from2, to2) in new[] { (today.AddDays(-250), today.AddDays(-3)), (monthAgo.AddDays(2), monthAgo.AddDays(19)) })
        {
            foreach (var (filter, matches) in new (StatFilter, Func<ComplaintFacts, bool>)[]
            {
                (new StatFilter(from2, to2), _ => true),
                (new StatFilter(from2, to2, Channel: staffed.Channel), f => f.Channel == staffed.Channel),
                (new StatFilter(from2, to2, Category: staffed.Category), f => f.Category == staffed.Category),
                (new StatFilter(from2, to2, Channel: staffed.Channel, Category: staffed.Category), f => f.Channel == staffed.Channel && f.Category == staffed.Category),
                (new StatFilter(from2, to2, WindowId: staffed.WindowId), f => f.WindowId == staffed.WindowId),
                (new StatFilter(from2, to2, StaffId: staffed.StaffId, Channel: staffed.Channel), f => f.StaffId == staffed.StaffId && f.Channel == staffed.Channel),
                (new StatFilter(from2, to2, UnitId: staffed.UnitId, WindowId: staffed.WindowId, StaffId: staffed.StaffId), f => f.UnitId == staffed.UnitId && f.WindowId == staffed.WindowId && f.StaffId == staffed.StaffId),
                (new StatFilter(from2, to2, UnitId: otherUnit, StaffId: staffed.StaffId), f => f.UnitId == otherUnit && f.StaffId == staffed.StaffId),
            })
            {
                Assert.Equal(Kpis.Count(reference.Where(matches), from2, to2), await queries.CountsAsync(filter));
            }
            foreach (var (dimension, of) in new (string, Func<ComplaintFacts, int>)[] { ("UnitId", f => f.UnitId), ("WindowId", f => f.WindowId), ("StaffId", f => f.StaffId) })
            {
                var sums = await RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, StatSlices.Of(from2, to2), groupBy: dimension);
                var expected = reference.GroupBy(of).ToDictionary(g => g.Key, g => Kpis.Count(g, from2, to2)).Where(e => !e.Value.IsZero).ToDictionary();
                Assert.Equal(expected, sums.ToDictionary(e => e.Key, e => StatCounts.FromArray(e.Value)));
            }
        }
        _ = again;
    }

    [Fact]
    public async Task Incremental_RunTwice_ChangesNothing()
    {
        await SeedAsync(120, 5);
        await Rollup.RunIncrementalAsync();
        var once = await RowsAsync();

        var rerun = await Rollup.RunIncrementalAsync();

        Assert.Equal(once, await RowsAsync());
        Assert.True(rerun.Complaints <= 120);
    }

    [Fact]
    public async Task FullRecompute_CorrectsStoredFactsThatDrifted()
    {
        await SeedAsync(80, 9);
        await Rollup.RunIncrementalAsync();
        var good = await RowsAsync();
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            // A fact row that no longer matches its case, and one missing altogether.
            await ctx.ComplaintStatFacts.Where(f => f.ComplaintId == 3).ExecuteUpdateAsync(u => u.SetProperty(f => f.Accepted, f => !f.Accepted));
            await ctx.ComplaintStatFacts.Where(f => f.ComplaintId == 5).ExecuteDeleteAsync();
        }

        await Rollup.RecomputeAllAsync();

        Assert.Equal(good, await RowsAsync());
        // The corrected facts are what the next incremental run subtracts: re-counting case 3 changes nothing.
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            ctx.StatQueue.AddRange(new StatQueueEntry { ComplaintId = 3 }, new StatQueueEntry { ComplaintId = 5 });
            await ctx.SaveChangesAsync();
        }
        await Rollup.RunIncrementalAsync();
        Assert.Equal(good, await RowsAsync());
    }

    [Fact]
    public async Task FullRecompute_WritesOnlyTheRollupRowsThatDiffer_AndCorrectsThem()
    {
        await SeedAsync(80, 10);
        await Rollup.RunIncrementalAsync();
        var good = await RowsAsync();
        var untouched = await Rollup.RecomputeAllAsync();
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            // A row with a wrong count, a row that should not exist, and a missing row.
            var rows = await ctx.StatRows.OrderBy(r => r.Day).Take(2).ToListAsync();
            await ctx.Database.ExecuteSqlAsync($"""UPDATE "StatRows" SET "Registered" = "Registered" + 5 WHERE "Period" = {rows[0].Period} AND "Day" = {rows[0].Day} AND "UnitId" = {rows[0].UnitId} AND "WindowId" = {rows[0].WindowId} AND "StaffId" = {rows[0].StaffId} AND "Channel" = {rows[0].Channel.ToString()} AND "Category" = {rows[0].Category.ToString()}""");
            await ctx.Database.ExecuteSqlAsync($"""DELETE FROM "StatRows" WHERE "Period" = {rows[1].Period} AND "Day" = {rows[1].Day} AND "UnitId" = {rows[1].UnitId} AND "WindowId" = {rows[1].WindowId} AND "StaffId" = {rows[1].StaffId} AND "Channel" = {rows[1].Channel.ToString()} AND "Category" = {rows[1].Category.ToString()}""");
            ctx.StatRows.Add(new StatRow
            {
                Period = rows[0].Period, Day = new DateOnly(1999, 1, 1), UnitId = rows[0].UnitId, WindowId = rows[0].WindowId, StaffId = rows[0].StaffId,
                Channel = rows[0].Channel, Category = rows[0].Category, Counts = new StatCounts { Registered = 3 },
            });
            await ctx.SaveChangesAsync();
        }

        var corrected = await Rollup.RecomputeAllAsync();

        Assert.Equal(good, await RowsAsync());
        // The consistent rollup cost no rollup writes; the three wrong rows cost exactly three.
        Assert.Equal(untouched.RowsWritten + 3, corrected.RowsWritten);
    }

    [Fact]
    public async Task Incremental_ReadsOnlyTheCasesQueuedSinceTheLastRun()
    {
        await SeedAsync(150, 6);
        await Rollup.RunIncrementalAsync();
        _db.Time.Advance(TimeSpan.FromHours(1));
        var register = _db.Get<RegisterComplaintHandler>();
        await register.HandleAsync(new NewComplaint
        {
            Channel = Channel.Website, Form = ComplaintForm.Electronic, ReceivedAt = _db.Time.GetUtcNow(),
            Complainant = Complainant.AnonymousPerson, RespondentType = RespondentType.Window, RespondentWindowId = 1, RespondentUnitId = 10,
            Category = ComplaintCategory.Environment, Content = "大厅座位不足",
        }, ComplaintBuilder.Supervisor);
        _db.Time.Advance(TimeSpan.FromMinutes(5));

        var result = await Rollup.RunIncrementalAsync();

        Assert.Equal(1, result.Complaints);
    }

    [Fact]
    public async Task Kpis_FromRollups_OnAHandComputedCase()
    {
        var register = _db.Get<RegisterComplaintHandler>();
        var apply = _db.Get<ApplyComplaintActionHandler>();
        var c = await register.HandleAsync(new NewComplaint
        {
            Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = _db.Time.GetUtcNow(),
            Complainant = new Complainant("赵六", "13600001111", null, null, false), RespondentType = RespondentType.Window, RespondentUnitId = 10, RespondentWindowId = 1,
            Category = ComplaintCategory.ServiceAttitude, Content = "态度差",
        }, ComplaintBuilder.Supervisor);
        var v = (await apply.HandleAsync(c.Id, c.Version, new AcceptCommand(), ComplaintBuilder.Supervisor)).Version;
        v = (await apply.HandleAsync(c.Id, v, new ResolveOnSiteCommand(Finding.Upheld, "当场致歉"), ComplaintBuilder.Supervisor)).Version;
        v = (await apply.HandleAsync(c.Id, v, new ReplyCommand("已致歉", false), ComplaintBuilder.Supervisor)).Version;
        v = (await apply.HandleAsync(c.Id, v, new ReturnVisitCommand(VisitResult.Satisfied, VisitMethod.Phone), ComplaintBuilder.Supervisor)).Version;
        await apply.HandleAsync(c.Id, v, new CloseCommand(), ComplaintBuilder.Supervisor);

        await Rollup.RunIncrementalAsync();
        var today = ComplaintMonitor.Domain.Calendar.ChinaTime.Today(_db.Time);
        var k = await _db.Get<StatisticsQueries>().KpisAsync(new StatFilter(today, today, WindowId: 1));

        Assert.Equal(1, k.Registered);
        Assert.Equal(new Ratio(1, 1), k.AcceptanceRate);
        Assert.Equal(new Ratio(1, 1), k.OnTimeRate);
        Assert.Equal(new Ratio(1, 1), k.SatisfactionRate);
        Assert.Equal(new Ratio(1, 1), k.UpheldRate);
        Assert.Equal(0, k.AverageHandlingWorkingDays);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        // One day row and its month row, and both again at centre grain.
        Assert.Equal(4, await ctx.StatRows.CountAsync());
    }
}
