using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Features;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Workflow;
using Microsoft.AspNetCore.Identity;
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

    private TestDatabase(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
        Directory.CreateDirectory(_directory);
        ConnectionString = $"Data Source={Path.Combine(_directory, "complaints.db")}";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddDbContextFactory<AppDbContext>(o => o.UseComplaintSqlite(ConnectionString));
        services.AddLogging();
        services.AddFeatures();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }
    public string ConnectionString { get; }
    public IServiceProvider Services => _services;
    public IDbContextFactory<AppDbContext> Factory => _services.GetRequiredService<IDbContextFactory<AppDbContext>>();
    public WorkflowContextProvider Contexts => _services.GetRequiredService<WorkflowContextProvider>();

    /// <summary>Unit 10 (with window 1 and staff 100 and 200) and unit 11 exist, as the <see cref="ComplaintBuilder"/> assumes.</summary>
    /// <param name="start">The fake clock's start (it only moves forward); Monday 2026-11-02 10:00 Shanghai by default.</param>
    public static async Task<TestDatabase> CreateAsync(DateTimeOffset? start = null)
    {
        var db = new TestDatabase(start ?? new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
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

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Registers a named phone complaint about <paramref name="unitId"/> through the real handler, received now.</summary>
    public async Task<long> RegisterNamedAsync(int unitId) =>
        (await Get<RegisterComplaintHandler>().HandleAsync(new NewComplaint
        {
            Channel = Channel.Phone, Form = ComplaintForm.Oral, ReceivedAt = Time.GetUtcNow(), Complainant = new Complainant("周八", "13800002222", null, null, false),
            RespondentType = RespondentType.Unit, RespondentUnitId = unitId, Category = ComplaintCategory.Other, Content = "内容",
        }, Supervisor)).Id;

    /// <summary>Applies <see cref="ComplaintBuilder.SampleCommand"/> for <paramref name="action"/> through the real handler, at the case's current version.</summary>
    public async Task ApplySampleAsync(long complaintId, ComplaintAction action, Actor? actor = null)
    {
        await using var ctx = await Factory.CreateDbContextAsync();
        var version = await ctx.Complaints.Where(c => c.Id == complaintId).Select(c => c.Version).SingleAsync();
        await Get<ApplyComplaintActionHandler>().HandleAsync(complaintId, version, ComplaintBuilder.SampleCommand(action), actor ?? Supervisor);
    }

    /// <summary>Adds a sign-in account with one role (no password: these tests never sign in).</summary>
    public async Task<string> AddUserAsync(string userName, string role, int? staffId = null, int? unitId = null)
    {
        await using var ctx = await Factory.CreateDbContextAsync();
        var roleRow = await ctx.Roles.FirstOrDefaultAsync(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            ctx.Roles.Add(roleRow);
        }
        var user = new AppUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = userName, StaffId = staffId, UnitId = unitId };
        ctx.Users.Add(user);
        ctx.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await ctx.SaveChangesAsync();
        return user.Id;
    }
}
