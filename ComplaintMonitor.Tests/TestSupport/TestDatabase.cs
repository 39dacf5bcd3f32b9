using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>A real, migrated SQLite file per test (the same migrations and triggers as production) with a fake clock.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cm-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private TestDatabase()
    {
        Directory.CreateDirectory(_directory);
        ConnectionString = $"Data Source={Path.Combine(_directory, "complaints.db")}";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, o) => o.UseSqlite(ConnectionString).AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>()));
        services.AddWorkflow();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    public string ConnectionString { get; }
    public IServiceProvider Services => _services;
    public IDbContextFactory<AppDbContext> Factory => _services.GetRequiredService<IDbContextFactory<AppDbContext>>();
    public WorkflowContextProvider Contexts => _services.GetRequiredService<WorkflowContextProvider>();

    /// <summary>Unit 10 (with window 1 and staff 100 and 200) and unit 11 exist, as the <see cref="ComplaintBuilder"/> assumes.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase();
        await db._services.MigrateDatabaseAsync();
        await using var ctx = await db.Factory.CreateDbContextAsync();
        await ctx.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Units" ("Id","Code","Name","Active") VALUES (10,'U10','测试单位甲',1),(11,'U11','测试单位乙',1);
            INSERT INTO "Windows" ("Id","Code","Name","UnitId","Active") VALUES (1,'A01','一号窗口',10,1);
            INSERT INTO "Staff" ("Id","StaffNo","Name","UnitId","WindowId","Active") VALUES (100,'S100','承办甲',10,1,1),(101,'S101','承办乙',11,NULL,1),(200,'S200','被投诉人',10,1,1);
            """);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // See ComplaintMonitorApp.Dispose.
        }
    }

    public static Actor Supervisor => ComplaintBuilder.Supervisor;
}
