using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>The whole application in-process on its own SQLite file (migrated at start-up like production), with a movable clock.</summary>
public class ComplaintMonitorApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cm-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_directory, "complaints.db");

    /// <summary>Off by default so the fake clock alone decides when scheduled work happens; tests of the schedules turn it on.</summary>
    protected virtual bool JobsEnabled => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Complaints", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:SeedOnEmptyDatabase", "false");
        builder.UseSetting("Jobs:Enabled", JobsEnabled ? "true" : "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection is left to the OS temp cleaner; it is never reused.
        }
    }
}
