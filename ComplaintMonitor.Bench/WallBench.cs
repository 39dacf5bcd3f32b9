using System.Diagnostics;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Web.Features.Overview;
using ComplaintMonitor.Web.Features.Wall;
using ComplaintMonitor.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench wall</c>: the wall dashboard's data load (counts, KPIs, funnel, lights, trends, ranking, ticker) with a cold
/// cache — every load follows a published change, as after each committed action — and a cache hit, at each size.
/// </summary>
public static class WallBench
{
    private const int Loads = 50;

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        var parts = new List<string>();
        output.WriteLine("| complaints | wall data after a change (cold cache; trend kept 5 min): p50 | p99 | max | cache hit: p50 |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            await using var db = await BenchDatabase.OpenAsync(size, Console.Error);
            var cache = db.Services.GetRequiredService<WallCache>();
            var feed = db.Services.GetRequiredService<ChangeFeed>();
            await cache.GetAsync(); // warm up the connection pool, the JIT and SQLite's page cache: the wall runs all day

            var cold = new List<double>(Loads);
            var hit = new List<double>(Loads);
            for (var i = 0; i < Loads; i++)
            {
                // A deadline alert clears the wall's and the overview's caches without touching the rollups.
                feed.Publish([new DeadlineAlerted(0, "", "ReplyBy", "Yellow", null)]);
                var clock = Stopwatch.StartNew();
                await cache.GetAsync();
                cold.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                await cache.GetAsync();
                hit.Add(clock.Elapsed.TotalMilliseconds);
            }
            cold.Sort();
            hit.Sort();
            output.WriteLine($"| {size:N0} | {Timing.Ms(Percentile(cold, 0.5))} | {Timing.Ms(Percentile(cold, 0.99))} | {Timing.Ms(cold[^1])} | {Timing.Ms(Percentile(hit, 0.5))} |");
            parts.Add(await PartsAsync(db, size));
        }
        output.WriteLine();
        output.WriteLine("| complaints | counts (3 periods) | overview (funnel, lights) | 黄灯/红灯 lists | trend | ranking | ticker |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var line in parts)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>The median of each part of the load, to see where the time goes.</summary>
    private static async Task<string> PartsAsync(BenchDatabase db, int size)
    {
        using var scope = db.Services.CreateScope();
        var wall = scope.ServiceProvider.GetRequiredService<WallQueries>();
        var overview = scope.ServiceProvider.GetRequiredService<OverviewQueries>();
        var today = ChinaTime.Today(TimeProvider.System);
        var month = new DateOnly(today.Year, today.Month, 1);
        Func<Task>[] parts =
        [
            () => wall.CountsAsync(today),
            () => overview.GetAsync(),
            () => wall.LightsAsync(),
            () => wall.TrendAsync(today),
            () => wall.RankingAsync(month, today),
            () => wall.TickerAsync(),
        ];
        var cells = new List<string>();
        foreach (var part in parts)
        {
            var t = await Timing.MeasureAsync(9, () => Task.CompletedTask, part);
            cells.Add(Timing.Ms(t.Median));
        }
        return $"| {size:N0} | {string.Join(" | ", cells)} |";
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
