using ComplaintMonitor.Web.Features.Statistics;
using ComplaintMonitor.Web.Workflow;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Data.Seeding;

public static class SeedingExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddScoped<DemoComplaints>();

    /// <summary>
    /// With <c>Demo:SeedOnEmptyDatabase</c> (on in Development), a database without complaints gets the demo centre,
    /// <c>Demo:Complaints</c> cases and the demo accounts (<see cref="DemoUsers"/>).
    /// </summary>
    public static async Task SeedDemoDataIfEmptyAsync(this WebApplication app, CancellationToken ct = default)
    {
        if (!app.Configuration.GetValue("Demo:SeedOnEmptyDatabase", false))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Complaints.AnyAsync(ct))
            {
                return;
            }
        }
        var count = app.Configuration.GetValue("Demo:Complaints", 3000);
        var context = await scope.ServiceProvider.GetRequiredService<WorkflowContextProvider>().GetAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoComplaints>().SeedAsync(count, context, ct: ct);
        var users = await DemoUsers.EnsureAsync(scope.ServiceProvider, ct);
        // Rollups first, then the past months' snapshots (the monthly report and public release read only those).
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RecomputeAllAsync(ct: ct);
        await DemoSnapshots.WriteAsync(scope.ServiceProvider, ct);
        app.Logger.LogInformation("Seeded the demo centre with {Count} complaints and {Users} demo accounts", count, users);
    }
}
