using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Web.Data.Configurations;
using ComplaintMonitor.Web.Features.Deadlines;
using ComplaintMonitor.Web.Features.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench jobs</c>: the deadline scan with 100 newly due deadlines, each told to its recipients (and its read of the due deadlines and their cases alone), an incremental
/// rollup of 1,000 changed cases, a full recompute, and KPI reads from the rollups — at each database size.
/// </summary>
public static class JobsBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine("| complaints | scan: 100 newly due, cases registered together (median / max) | 100 due at random | scan read alone | incremental rollup: 1,000 open cases | 1,000 cases spread over the year | full recompute | KPI month (centre) | KPI year (centre) | unit ranking: this month, as dashboards open | unit ranking: days 8–22 of last month (the most day rows a range reads) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var notes = new List<string>();
        foreach (var size in sizes)
        {
            await using var db = await BenchDatabase.OpenAsync(size, Console.Error);
            await db.AddStaffAccountsAsync(); // so the scan writes its notifications, as in a centre with accounts
            var scanner = db.Services.CreateScope().ServiceProvider.GetRequiredService<DeadlineScanner>();
            var rollup = db.Services.GetRequiredService<StatisticsRollup>();
            var queries = db.Services.CreateScope().ServiceProvider.GetRequiredService<StatisticsQueries>();
            await scanner.ScanAsync(); // catch up once: everything already due gets its alert, untimed
            await rollup.RunIncrementalAsync();

            int alerts = 0, told = 0;
            async Task Scan()
            {
                var result = await scanner.ScanAsync();
                (alerts, told) = (alerts + result.Alerts, told + result.Notifications);
            }
            var scan = await Timing.MeasureAsync(9, () => MakeDueAsync(db, 100, together: true), Scan);
            var scanAtRandom = await Timing.MeasureAsync(9, () => MakeDueAsync(db, 100, together: false), Scan);
            notes.Add($"- {size:N0}: each timed scan raised {alerts / 18} alerts and wrote {told / 18} notifications (on average)");
            // Each read finds the 100 made due: the scan first raises those the previous read left (untimed).
            var query = await Timing.MeasureAsync(5, async () =>
            {
                await scanner.ScanAsync();
                await MakeDueAsync(db, 100, together: false);
            }, () => ScanQueryAsync(db));
            await scanner.ScanAsync();
            var incremental = await Timing.MeasureAsync(3, () => ChangeCasesAsync(db, 1000), () => rollup.RunIncrementalAsync(), warmups: 1);
            var incrementalOpen = await Timing.MeasureAsync(3, () => ChangeOpenCasesAsync(db, 1000), () => rollup.RunIncrementalAsync(), warmups: 1);
            var full = await Timing.MeasureAsync(1, () => Task.CompletedTask, () => rollup.RecomputeAllAsync());
            var today = ChinaTime.Today(TimeProvider.System);
            var month = new DateOnly(today.Year, today.Month, 1);
            var kpiMonth = await Timing.MeasureAsync(7, () => Task.CompletedTask, () => queries.KpisAsync(new StatFilter(month, today)));
            var kpiYear = await Timing.MeasureAsync(7, () => Task.CompletedTask, () => queries.KpisAsync(new StatFilter(today.AddYears(-1), today)));
            // The ranking the dashboards open with (ScorecardQueries: this month, read from its month rows, kept current by every
            // rollup), and a picked range in the middle of a month: as many of its days inside as outside, so it is read as
            // fifteen days of day rows (a range with fewer days outside is read as the month row less those).
            var rankingMonth = await Timing.MeasureAsync(7, () => Task.CompletedTask, async () =>
            {
                await using var ctx = await db.Factory.CreateDbContextAsync();
                await RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, StatSlices.Of(month, today, today), groupBy: "UnitId");
            });
            var ranking = await Timing.MeasureAsync(7, () => Task.CompletedTask, async () =>
            {
                await using var ctx = await db.Factory.CreateDbContextAsync();
                var lastMonth = month.AddMonths(-1);
                await RollupSums.SumAsync(ctx, "StatRows", StatCountsColumns.Names, StatSlices.Of(lastMonth.AddDays(7), lastMonth.AddDays(21), today), groupBy: "UnitId");
            });
            output.WriteLine($"| {size:N0} | {Timing.Ms(scan.Median)} / {Timing.Ms(scan.Max)} | {Timing.Ms(scanAtRandom.Median)} / {Timing.Ms(scanAtRandom.Max)} | {Timing.Ms(query.Median)} | {Timing.Ms(incrementalOpen.Median)} | {Timing.Ms(incremental.Median)} | {Timing.Ms(full.Median)} | {Timing.Ms(kpiMonth.Median)} | {Timing.Ms(kpiYear.Median)} | {Timing.Ms(rankingMonth.Median)} | {Timing.Ms(ranking.Median)} |");
        }
        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }
    }

    /// <summary>
    /// Moves the warning time of 100 running deadlines to just now: 100 newly due. <paramref name="together"/>: those of
    /// consecutive cases from a random one on — deadlines fall due together because their cases were registered
    /// together, and a centre numbers its cases in registration order, so their rows lie close together (in the bench
    /// databases an open case's neighbours are mostly closed, so these span many more than 100 case ids). Otherwise 100 at
    /// random over the whole table: the worst case, every row on a page of its own.
    /// </summary>
    private static async Task MakeDueAsync(BenchDatabase db, int count, bool together)
    {
        await using var ctx = await db.Factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow.AddSeconds(-1).UtcTicks;
        var farDue = DateTimeOffset.UtcNow.AddDays(30).UtcTicks;
        const string Running = "\"CompletedAt\" IS NULL AND \"PausedOn\" IS NULL";
        var pick = together
            ? $"""
                SELECT "Id" FROM "Deadlines" WHERE {Running}
                AND "ComplaintId" >= (SELECT "ComplaintId" FROM "Deadlines" WHERE {Running} ORDER BY random() LIMIT 1)
                ORDER BY "ComplaintId" LIMIT {count}
                """
            : $"""SELECT "Id" FROM "Deadlines" WHERE {Running} ORDER BY random() LIMIT {count}""";
        var update = """UPDATE "Deadlines" SET "WarnAt" = {0}, "DueAt" = {1}, "EscalateAt" = {1}, "AlertLevel" = 0 WHERE "Id" IN (""" + pick + ")";
        await ctx.Database.ExecuteSqlRawAsync(update, now, farDue);
        // The setup's own writes (and the triggers they fire: moving 100 due instants rewrites 100 CaseClocks rows) go into
        // the database before the clock starts, so the measured run never pays the WAL checkpoint of pages it did not write.
        await db.CheckpointAsync();
    }

    private static async Task ScanQueryAsync(BenchDatabase db)
    {
        await using var ctx = await db.Factory.CreateDbContextAsync();
        await ctx.Database.OpenConnectionAsync();
        DueDeadlines.Read(ctx.Database.GetDbConnection(), null, DateTimeOffset.UtcNow, 500);
    }

    private static readonly string[] Categories = ["ServiceAttitude", "Efficiency", "Competence", "Discipline"];

    /// <summary>
    /// The worst case: 1,000 consecutive case ids re-categorised and queued, as the save interceptor queues them. Every
    /// one of their eight rollup rows moves, and the seeder gave consecutive ids registration days all over the year.
    /// </summary>
    private static async Task ChangeCasesAsync(BenchDatabase db, int count)
    {
        await using var ctx = await db.Factory.CreateDbContextAsync();
        var max = await ctx.Complaints.MaxAsync(c => c.Id);
        var start = Random.Shared.NextInt64(1, Math.Max(2, max - count));
        var category = Categories[Random.Shared.Next(Categories.Length)];
        var end = start + count;
        await ctx.Database.ExecuteSqlAsync($"""UPDATE "Complaints" SET "Category" = {category} WHERE "Id" >= {start} AND "Id" < {end}""");
        await ctx.Database.ExecuteSqlAsync($"""INSERT INTO "StatQueue" ("ComplaintId") SELECT "Id" FROM "Complaints" WHERE "Id" >= {start} AND "Id" < {end}""");
        await db.CheckpointAsync(); // as in MakeDueAsync
    }

    /// <summary>
    /// What a busy hour queues: 1,000 cases still being handled (registered within the last month or so), picked at random
    /// and re-categorised — still the change that moves every one of a case's rollup rows.
    /// </summary>
    private static async Task ChangeOpenCasesAsync(BenchDatabase db, int count)
    {
        await using var ctx = await db.Factory.CreateDbContextAsync();
        var category = Categories[Random.Shared.Next(Categories.Length)];
        await ctx.Database.ExecuteSqlAsync($"""
            CREATE TEMP TABLE IF NOT EXISTS "BenchChanged" ("Id" INTEGER PRIMARY KEY);
            DELETE FROM "BenchChanged";
            INSERT INTO "BenchChanged" SELECT "Id" FROM "Complaints"
            WHERE "Status" IN ('Registered', 'Accepted', 'Assigned', 'Investigating', 'Handled', 'Replied', 'Visited') ORDER BY random() LIMIT {count};
            UPDATE "Complaints" SET "Category" = {category} WHERE "Id" IN (SELECT "Id" FROM "BenchChanged");
            INSERT INTO "StatQueue" ("ComplaintId") SELECT "Id" FROM "BenchChanged";
            """);
        await db.CheckpointAsync();
    }
}
