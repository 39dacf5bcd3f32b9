using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.Statistics;

public sealed class MonthlySnapshotsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.Get<DemoComplaints>().SeedAsync(300, await _db.Contexts.GetAsync(), seed: 3);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task CatchUp_SnapshotsEveryEndedMonth_WithCentreCountsEqualToTheRollups()
    {
        var written = await _db.Get<MonthlySnapshots>().CatchUpAsync();

        Assert.True(written > 12);
        await using var ctx = await _db.Factory.CreateDbContextAsync();
        var october = await ctx.MonthlySnapshots.SingleAsync(s => s.Month == "2026-10" && s.Scope == MonthlySnapshots.Centre);
        var expected = await _db.Get<StatisticsQueries>().CountsAsync(new StatFilter(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        Assert.Equal(expected, october.Counts);
        Assert.True(october.Counts.Registered > 0);
        var units = await ctx.MonthlySnapshots.Where(s => s.Month == "2026-10" && s.Scope == MonthlySnapshots.Unit).ToListAsync();
        Assert.Equal(october.Counts.Registered, units.Sum(u => u.Counts.Registered));
        Assert.False(await ctx.MonthlySnapshots.AnyAsync(s => s.Month == "2026-11"));
    }

    [Fact]
    public async Task ASnapshottedMonth_IsNeverRewritten_EvenWhenItsCasesChange()
    {
        var snapshots = _db.Get<MonthlySnapshots>();
        await snapshots.CatchUpAsync();
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            // A late correction to October cases (one becomes rejected), queued for the rollup like any change.
            await ctx.Database.ExecuteSqlRawAsync("""
                UPDATE "Complaints" SET "RejectionNotice" = '更正', "Version" = "Version" + 1
                WHERE "Id" IN (SELECT "Id" FROM "Complaints" WHERE "RegisteredAt" >= {0} AND "RegisteredAt" < {1} AND "RejectionNotice" IS NULL LIMIT 5);
                INSERT INTO "StatQueue" ("ComplaintId") SELECT "Id" FROM "Complaints" WHERE "RejectionNotice" = '更正';
                """, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8)).UtcTicks, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)).UtcTicks);
        }
        List<MonthlySnapshot> before;
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            before = await ctx.MonthlySnapshots.AsNoTracking().Where(s => s.Month == "2026-10").OrderBy(s => s.Scope).ThenBy(s => s.ScopeId).ToListAsync();
        }

        Assert.Equal(0, await snapshots.WriteAsync(new DateOnly(2026, 10, 1)));
        _db.Time.Advance(TimeSpan.FromDays(40));
        Assert.True(await snapshots.CatchUpAsync() > 0);

        await using var check = await _db.Factory.CreateDbContextAsync();
        var after = await check.MonthlySnapshots.AsNoTracking().Where(s => s.Month == "2026-10").OrderBy(s => s.Scope).ThenBy(s => s.ScopeId).ToListAsync();
        Assert.Equal(before.Select(s => (s.Scope, s.ScopeId, s.Counts, s.CreatedAt)), after.Select(s => (s.Scope, s.ScopeId, s.Counts, s.CreatedAt)));
        Assert.True(await check.MonthlySnapshots.AnyAsync(s => s.Month == "2026-11"));
        var liveOctober = await _db.Get<StatisticsQueries>().CountsAsync(new StatFilter(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        Assert.Equal(before.Single(s => s.Scope == MonthlySnapshots.Centre).Counts.Rejected + 5, liveOctober.Rejected);
    }
}
