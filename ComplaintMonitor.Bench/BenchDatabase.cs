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
        return db;
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
