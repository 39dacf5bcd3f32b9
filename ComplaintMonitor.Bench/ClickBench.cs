using ComplaintMonitor.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench click</c>: an action from the click to the page showing its result, on the seeded database of each size. The
/// real app (<see cref="RealtimeHost"/> in its own process) serves a copy of the bench database; Debian Chromium, signed
/// in as the demo supervisor, opens a newly registered case, opens the 受理 form and clicks 提交. The page itself stamps the
/// click and the moment the status chip in the case header changes (MutationObserver, performance.now()), so the time
/// holds the round trip to the server, the command (load, apply, save case + deadlines + history, commit), the
/// re-render and the DOM update.
/// </summary>
public static class ClickBench
{
    private const int WarmUp = 2;
    private const int Samples = 15;

    // Clicks 提交 and resolves with the ms until the status chip's text differs (−1 after 15 s).
    private const string ClickAndWait = """
        () => new Promise(resolve => {
          const chip = () => document.querySelector('[data-testid=detail-header] [data-testid=status-chip]');
          const before = chip().textContent.trim();
          let t0 = 0;
          const observer = new MutationObserver(() => {
            const c = chip();
            if (c && c.textContent.trim() !== before) { observer.disconnect(); resolve(performance.now() - t0); }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(() => { observer.disconnect(); resolve(-1); }, 15000);
          t0 = performance.now();
          document.querySelector('[data-testid=action-submit]').click();
        })
        """;

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        output.WriteLine($"| complaints | 受理: click → status re-rendered, p50 | p90 | max | samples |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            string path;
            List<long> ids;
            await using (var db = await BenchDatabase.OpenAsync(size, Console.Error))
            {
                path = db.Path;
                await using var ctx = await db.Factory.CreateDbContextAsync();
                ids = await ctx.Complaints.Where(c => c.Status == ComplaintStatus.Registered && c.SourceEvaluationId == null)
                    .OrderByDescending(c => c.Id).Select(c => c.Id).Take(WarmUp + Samples).ToListAsync();
            }
            Console.Error.WriteLine($"  starting the app on {path} …");
            await using var host = await HostProcess.StartAsync(path);
            await using var browser = await DashboardPages.StartAsync(host.BaseAddress);
            var page = await browser.NewPageAsync();
            var times = new List<double>();
            var missed = 0;
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var ms = await AcceptAsync(page, id);
                if (i < WarmUp)
                {
                    continue;
                }
                if (ms < 0)
                {
                    missed++;
                }
                else
                {
                    times.Add(ms);
                }
            }
            times.Sort();
            output.WriteLine($"| {size:N0} | {Timing.Ms(At(times, 0.5))} | {Timing.Ms(At(times, 0.9))} | {Timing.Ms(times.LastOrDefault(double.NaN))} | {times.Count}{(missed > 0 ? $" ({missed} not seen in 15 s)" : "")} |");
            await host.RequestAsync("quit");
        }
    }

    private static async Task<double> AcceptAsync(IPage page, long id)
    {
        await page.GotoAsync($"/complaints/{id}");
        var form = page.Locator("[data-testid=action-dialog]");
        // The button is in the server-rendered page before the circuit can handle it: click until the form opens.
        for (var attempt = 0; ; attempt++)
        {
            await page.Locator("[data-testid=action-Accept]").ClickAsync();
            try
            {
                await form.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
                break;
            }
            catch (TimeoutException) when (attempt < 10)
            {
                // not interactive yet
            }
        }
        return await page.EvaluateAsync<double>(ClickAndWait);
    }

    private static double At(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
