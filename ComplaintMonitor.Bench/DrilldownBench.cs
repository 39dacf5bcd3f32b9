using System.Diagnostics;
using ComplaintMonitor.Domain.Calendar;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench drilldown</c>: server time of a scorecard (rollups + the live overdue count), of a drill-down table, of
/// time-in-state, and of the first page and the count of the lists behind the numbers — p50 and p99 of 30 runs each.
/// </summary>
public static class DrilldownBench
{
    private const int Runs = 30;

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine("| complaints | query | p50 | p99 |");
        output.WriteLine("|---:|---|---:|---:|");
        foreach (var size in sizes)
        {
            await using var db = await BenchDatabase.OpenAsync(size, Console.Error);
            using var scope = db.Services.CreateScope();
            var scorecards = scope.ServiceProvider.GetRequiredService<ScorecardQueries>();
            var cases = scope.ServiceProvider.GetRequiredService<CaseListQuery>();
            var ratings = scope.ServiceProvider.GetRequiredService<RatingListQuery>();
            var times = scope.ServiceProvider.GetRequiredService<TimeInStateQuery>();
            var org = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().LoadAsync();
            var today = ChinaTime.Today(TimeProvider.System);
            var month = DrilldownFilter.ThisMonth(today);
            var year = DrilldownFilter.Preset(PeriodPreset.ThisYear, today, month);
            await using var ctx = await db.Factory.CreateDbContextAsync();
            var window = await ctx.Windows.Select(w => w.Id).FirstAsync();
            var unit = await ctx.Units.Select(u => u.Id).FirstAsync();
            var staff = await ctx.Staff.Where(s => s.WindowId == window).Select(s => s.Id).FirstAsync();

            async Task Row(string name, Func<Task> action)
            {
                var (p50, p99) = await MeasureAsync(action);
                output.WriteLine($"| {size:N0} | {name} | {Timing.Ms(p50)} | {Timing.Ms(p99)} |");
            }

            await Row("scorecard: window, this month (with trend and overdue)", () => scorecards.ScorecardAsync(Scope.Window, window, month));
            await Row("scorecard: centre, this year", () => scorecards.ScorecardAsync(Scope.Centre, 0, year));
            await Row("table: units of the centre, this month", () => scorecards.ChildrenAsync(Scope.Centre, 0, month, org));
            await Row("time-in-state: window, this month", () => times.ForAsync(Scope.Window, window, month));
            (string Name, CaseListRequest Request)[] lists =
            [
                ("Registered · window · this month", new(CaseMetric.Registered, Scope.Window, window, month)),
                ("Closed · centre · this month", new(CaseMetric.Closed, Scope.Centre, 0, month)),
                ("ClosedOnTime · unit · this year", new(CaseMetric.ClosedOnTime, Scope.Unit, unit, year)),
                ("Upheld · staff · this year", new(CaseMetric.Upheld, Scope.Staff, staff, year)),
                ("Rejected · centre · this year", new(CaseMetric.Rejected, Scope.Centre, 0, year)),
                ("OverdueOpen · centre", new(CaseMetric.OverdueOpen, Scope.Centre, 0, month)),
                ("OverdueOpen · window", new(CaseMetric.OverdueOpen, Scope.Window, window, month)),
            ];
            foreach (var (name, request) in lists)
            {
                await Row($"list first page (25): {name}", () => cases.ListAsync(request, null, 25));
                await Row($"list count: {name}", () => cases.CountAsync(request));
            }
            var bad = new RatingListRequest(RatingMetric.Bad, Scope.Window, window, year.From, year.To);
            await Row("ratings first page (25): Bad · window · this year", () => ratings.ListAsync(bad, null, 25));
        }
    }

    private static async Task<(double P50, double P99)> MeasureAsync(Func<Task> action)
    {
        await action(); // warm-up: plan cache and pages in memory
        var samples = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        return (samples[samples.Count / 2], samples[(int)Math.Ceiling(0.99 * samples.Count) - 1]);
    }
}
