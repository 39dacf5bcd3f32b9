using System.Diagnostics;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features;
using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Bench;

/// <summary>
/// A seeded database of a given size, built once with the project's own demo seeder and rollup, then reused from
/// <c>bench-data/</c> (a copy per run, so measurements never see each other's changes).
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchDatabase(string path)
    {
        Path = path;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddDbContextFactory<AppDbContext>(o => o.UseComplaintSqlite($"Data Source={path}"));
        services.AddFeatures();
        _services = services.BuildServiceProvider();
    }

    public string Path { get; }
    public IServiceProvider Services => _services;
    public IDbContextFactory<AppDbContext> Factory => _services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public static async Task<BenchDatabase> OpenAsync(int complaints, TextWriter log)
    {
        var directory = System.IO.Path.GetFullPath("bench-data");
        Directory.CreateDirectory(directory);
        var master = System.IO.Path.Combine(directory, $"complaints-{complaints}.db");
        if (!File.Exists(master))
        {
            await using var seed = new BenchDatabase(master + ".tmp");
            await seed.SeedAsync(complaints, log);
            await seed.DisposeAsync();
            File.Move(master + ".tmp", master);
        }
        var copy = System.IO.Path.Combine(directory, $"run-{complaints}.db");
        foreach (var f in new[] { copy, copy + "-wal", copy + "-shm" })
        {
            File.Delete(f);
        }
        File.Copy(master, copy);
        var db = new BenchDatabase(copy);
        await db._services.MigrateDatabaseAsync(); // a master seeded before a newer migration is brought up to date
        await db.AnalyzeNewIndexesAsync();
        // A fresh copy of a 4 GB master is still being written back by the kernel when the timing starts, and every commit's
        // fsync would wait behind it: put the copy (and the migration's WAL) on disk first, untimed.
        await db.CheckpointAsync();
        foreach (var file in new[] { copy, copy + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            stream.Flush(flushToDisk: true);
        }
        return db;
    }

    /// <summary>
    /// An account for every active staff member (role Handler, bound to the member, the unit heads among them) and two
    /// supervisors and a leader, so the jobs that tell people — the deadline scan's 催办 and 督办 — write the notifications
    /// they would write in a centre. The seeded masters have the organisation but no accounts. Directory entries only: no
    /// password, nobody signs in with them.
    /// </summary>
    public async Task AddStaffAccountsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT OR IGNORE INTO "AspNetRoles" ("Id", "Name", "NormalizedName") VALUES
                ('bench-Leader', 'Leader', 'LEADER'), ('bench-Supervisor', 'Supervisor', 'SUPERVISOR'), ('bench-Handler', 'Handler', 'HANDLER');
            INSERT OR IGNORE INTO "AspNetUsers" ("Id", "DisplayName", "StaffId", "UnitId", "WindowId", "UserName", "NormalizedUserName",
                "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            SELECT 'bench-staff-' || "Id", "Name", "Id", "UnitId", "WindowId", 'bench-staff-' || "Id", 'BENCH-STAFF-' || "Id", 0, 0, 0, 1, 0
            FROM "Staff" WHERE "Active" = 1
            UNION ALL SELECT 'bench-' || n, n, NULL, NULL, NULL, 'bench-' || n, 'BENCH-' || upper(n), 0, 0, 0, 1, 0
            FROM (SELECT 'supervisor1' AS n UNION ALL SELECT 'supervisor2' UNION ALL SELECT 'leader');
            INSERT OR IGNORE INTO "AspNetUserRoles" ("UserId", "RoleId")
            SELECT u."Id", r."Id" FROM "AspNetUsers" u JOIN "AspNetRoles" r ON r."NormalizedName" = CASE
                WHEN u."Id" LIKE 'bench-staff-%' THEN 'HANDLER' WHEN u."Id" LIKE 'bench-supervisor%' THEN 'SUPERVISOR' ELSE 'LEADER' END
            WHERE u."Id" LIKE 'bench-%';
            """);
    }

    /// <summary>Copies the WAL into the database file and empties it (untimed setup work stays out of a measured commit).</summary>
    public async Task CheckpointAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>
    /// The seeder ends with ANALYZE, so a master's indexes all have planner statistics — except those a later migration
    /// added. Analyzing just those gives the copy the statistics a freshly seeded database would have (a few seconds, not
    /// the minutes of a whole ANALYZE); otherwise the planner weighs a new index against measured ones with guesses.
    /// </summary>
    private async Task AnalyzeNewIndexesAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        if (await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "sqlite_master" WHERE "name" = 'sqlite_stat1'""").SingleAsync() == 0)
        {
            return;
        }
        var missing = await db.Database.SqlQueryRaw<string>("""
            SELECT m."name" AS "Value" FROM "sqlite_master" AS m
            WHERE m."type" = 'index' AND m."sql" IS NOT NULL
              AND EXISTS (SELECT 1 FROM "sqlite_stat1" AS s WHERE s."tbl" = m."tbl_name")
              AND NOT EXISTS (SELECT 1 FROM "sqlite_stat1" AS s WHERE s."idx" = m."name")
            """).ToListAsync();
        foreach (var index in missing)
        {
            // An identifier cannot be a parameter; the names come from sqlite_master itself.
            var analyze = "ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";";
            await db.Database.ExecuteSqlRawAsync(analyze);
        }
    }

    private async Task SeedAsync(int complaints, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        await _services.MigrateDatabaseAsync();
        var context = await _services.GetRequiredService<WorkflowContextProvider>().GetAsync();
        await using var scope = _services.CreateAsyncScope();
        var next = 0;
        await scope.ServiceProvider.GetRequiredService<DemoComplaints>().SeedAsync(complaints, context, new InlineProgress(done =>
        {
            if (done >= next)
            {
                log.WriteLine($"  seeded {done:N0} / {complaints:N0} ({clock.Elapsed:mm\\:ss})");
                next += Math.Max(1, complaints / 10);
            }
        }));
        await _services.GetRequiredService<StatisticsRollup>().RecomputeAllAsync();
        await using var db = await Factory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        log.WriteLine($"  seeded {complaints:N0} complaints in {clock.Elapsed.TotalSeconds:F0} s");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
