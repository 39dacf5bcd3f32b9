using ComplaintMonitor.Domain.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintMonitor.Web.Data;

public static class DataExtensions
{
    public const string ConnectionName = "Complaints";

    /// <summary>
    /// Registers the database. SQLite (a file under data/) is the embedded default; the provider is chosen by
    /// <c>Database:Provider</c> so a larger deployment changes configuration, not code.
    /// </summary>
    public static IHostApplicationBuilder AddComplaintData(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"不支持的数据库类型“{provider}”：当前版本只支持 Sqlite（PostgreSQL 随横向扩展一同提供）。");
        }
        var connectionString = SqliteConnectionString(
            builder.Configuration.GetConnectionString(ConnectionName) ?? "Data Source=data/complaints.db",
            builder.Environment.ContentRootPath);
        builder.Services.AddDbContextFactory<AppDbContext>(options => options.UseComplaintSqlite(connectionString));
        return builder;
    }

    /// <summary>The one place the SQLite options are set, shared by the app and the test databases.</summary>
    public static DbContextOptionsBuilder UseComplaintSqlite(this DbContextOptionsBuilder options, string connectionString) => options
        .UseSqlite(connectionString)
        .AddInterceptors(new SqlitePragmaInterceptor(), new ComplaintChangeInterceptor())
        // Capped counts ("10,000+") take any N matching rows on purpose: their order cannot change the count.
        .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>A relative file path is taken from the content root, and its folder is created, so the app runs from any directory.</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is { Length: > 0 } path && path != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }
        csb.Pooling = true;
        return csb.ToString();
    }

    /// <summary>Applies pending migrations, switches the file to WAL and loads the official holiday calendar into an empty table.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (!await db.Holidays.AnyAsync(ct))
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            db.Holidays.AddRange(OfficialCalendar.Load().Entries.Select(e => new HolidayDay { Date = e.Date, Kind = e.Kind, Name = e.Name, ImportedAt = now }));
            await db.SaveChangesAsync(ct);
        }
    }
}
