using ComplaintMonitor.Web.Features.Statistics;

namespace ComplaintMonitor.Web.Data.Seeding;

/// <summary>
/// The demo's past months get their monthly snapshots at once, so the monthly report and the public release have data
/// right after seeding. Call it last, once the rollups hold every seeded case and rating: a snapshot is never rewritten.
/// </summary>
public static class DemoSnapshots
{
    public static async Task<int> WriteAsync(IServiceProvider services, CancellationToken ct = default) =>
        await services.GetRequiredService<MonthlySnapshots>().CatchUpAsync(ct: ct);
}
