using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Tests.TestSupport;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.LookBack;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Tests.Web.Features.LookBack;

public sealed class LookBackSchedulerTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task EveryClosedCaseGetsOneDecision_UpheldOnesAreAllSelected()
    {
        await _db.Get<DemoComplaints>().SeedAsync(200, await _db.Contexts.GetAsync(), seed: 9);
        await using (var ctx = await _db.Factory.CreateDbContextAsync())
        {
            // Undo the seeder's own decisions for a fresh run of the job.
            await ctx.Database.ExecuteSqlRawAsync("""UPDATE "Complaints" SET "LookBackSelected" = NULL WHERE "Status" = 'Closed' AND "LookBackOutcome" IS NULL""");
            await ctx.Database.ExecuteSqlRawAsync("""DELETE FROM "Deadlines" WHERE "Kind" = 'LookBackBy' AND "ComplaintId" IN (SELECT "Id" FROM "Complaints" WHERE "LookBackSelected" IS NULL)""");
        }
        var scheduler = _db.Get<LookBackScheduler>();

        var decided = await scheduler.ScheduleAsync();
        var again = await scheduler.ScheduleAsync();

        Assert.True(decided > 0);
        Assert.Equal(0, again);
        await using var check = await _db.Factory.CreateDbContextAsync();
        Assert.False(await check.Complaints.AnyAsync(c => c.Status == ComplaintStatus.Closed && c.LookBackSelected == null));
        Assert.False(await check.Complaints.AnyAsync(c => c.Status == ComplaintStatus.Closed && (c.Finding == Finding.Upheld || c.Finding == Finding.PartlyUpheld) && c.LookBackSelected == false));
        Assert.True(await check.Complaints.AnyAsync(c => c.Status == ComplaintStatus.Archived && c.LookBackOutcome != null));
    }
}
