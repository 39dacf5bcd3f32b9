using System.Collections.Concurrent;
using System.Globalization;
using ComplaintMonitor.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintMonitor.Bench;

/// <summary>
/// <c>bench realtime</c>: from an action's commit to the update being visible in N connected browser pages (the home
/// page's live counter, in Debian Chromium), p50/p99 for each N, beside a bare SignalR broadcast to N .NET clients of
/// the same server measured in the same run; and the server's GC heap per idle dashboard circuit (the slope between
/// half and all of the largest N, 50 → 100 by default). The server is <see cref="RealtimeHost"/> in its own process.
/// </summary>
public static class RealtimeBench
{
    private const int WarmUp = 2;
    private const int MaxWarmUp = 100;
    private const double QuietJitMs = 2;
    private const int QuietActions = 3;
    private const int ServerWarmUp = 300;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Contains("--serve"))
        {
            return await RealtimeHost.ServeAsync(args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault());
        }
        var pages = Ints(args, "--pages") ?? [1, 20, 100];
        var actions = Ints(args, "--actions")?.Single() ?? 20;
        pages = [.. pages.Distinct().Order()];
        var largest = pages[^1];
        var memory = largest >= 2 ? (Low: largest / 2, High: largest) : ((int Low, int High)?)null;
        var load = LoadAverage();

        Console.Error.WriteLine("  starting the app (seeding 200 demo complaints) …");
        await using var host = await HostProcess.StartAsync();
        Console.Error.WriteLine($"  app on {host.BaseAddress}; {ServerWarmUp} registrations to warm it up …");
        await host.RequestAsync($"warm {ServerWarmUp}", TimeSpan.FromMinutes(5));
        Console.Error.WriteLine("  signing in with Chromium …");
        await using var browser = await DashboardPages.StartAsync(host.BaseAddress);
        var cookie = await browser.CookieHeaderAsync(host.BaseAddress);

        var rows = new Dictionary<int, string>();
        var notes = new List<string>();
        (long Heap, int Circuits)? low = null, high = null;
        var targets = pages.Concat(memory is { } m ? [m.Low, m.High] : []).Distinct().Order();
        foreach (var n in targets)
        {
            Console.Error.WriteLine($"  opening {n} dashboard page(s) …");
            await browser.EnsureAsync(n);
            if (memory?.Low == n)
            {
                low = await HeapAsync(host, n);
            }
            if (memory?.High == n)
            {
                high = await HeapAsync(host, n);
            }
            if (!pages.Contains(n))
            {
                continue;
            }
            Console.Error.WriteLine($"  N = {n}: {actions} registrations …");
            var pagesResult = await MeasurePagesAsync(host, browser, actions);
            var (latencies, missed) = (pagesResult.Latencies, pagesResult.Missed);
            Console.Error.WriteLine($"  N = {n}: {actions} bare broadcasts …");
            var (bare, bareMissed) = await MeasureBareAsync(host, cookie, n, actions);
            rows[n] = $"| {n} | {Timing.Ms(Percentile(latencies, 0.50))} | {Timing.Ms(Percentile(latencies, 0.99))} | {Timing.Ms(Percentile(bare, 0.50))} | {Timing.Ms(Percentile(bare, 0.99))} |";
            notes.Add($"N = {n}: {latencies.Count} page samples (min {Timing.Ms(latencies.Min())}, max {Timing.Ms(latencies.Max())}), {bare.Count} bare samples (max {Timing.Ms(bare.Max())})"
                + $"; after {pagesResult.WarmUps} warm-up registrations (until the server's JIT took < {QuietJitMs} ms in each of {QuietActions} in a row, at most {MaxWarmUp}); server CPU {Timing.Ms(pagesResult.ServerCpuPerAction)} per action (the action, every circuit's re-render and send), of which JIT {Timing.Ms(pagesResult.ServerJitPerAction)}"
                + (missed + bareMissed > 0 ? $"; not seen within 20 s: {missed} page updates, {bareMissed} bare messages" : ""));
        }

        // The browser's floor, with the dashboards closed: the same number of plain pages, one WebSocket message each.
        await browser.ClosePagesAsync();
        await using (var plain = await browser.OpenBareAsync(host.BaseAddress))
        {
            foreach (var n in pages)
            {
                Console.Error.WriteLine($"  opening {n} plain page(s); {actions} messages …");
                await plain.EnsureAsync(n);
                var (floor, floorMissed) = await MeasurePlainPagesAsync(host, plain, actions);
                rows[n] += $" {Timing.Ms(Percentile(floor, 0.50))} | {Timing.Ms(Percentile(floor, 0.99))} |";
                if (floorMissed > 0)
                {
                    notes.Add($"N = {n}: {floorMissed} plain-page updates not seen within 20 s");
                }
            }
        }

        output.WriteLine($"Commit → update visible, {actions} actions per N after warm-up (machine: {Environment.ProcessorCount} cores, load average {load} at start)");
        output.WriteLine();
        output.WriteLine("| N | pages p50 | pages p99 | bare SignalR p50 | bare p99 | plain pages p50 | plain pages p99 |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows.OrderBy(r => r.Key).Select(r => r.Value))
        {
            output.WriteLine(row);
        }
        output.WriteLine();
        output.WriteLine($"- pages: ({ServerWarmUp} registrations first warm the server up, before any page is open) a complaint registered through RegisterComplaintHandler, from the change feed's publish after commit to the text of counter-RegisteredToday-value changing in each page's DOM (MutationObserver, the page's performance.timeOrigin + now()); LiveUpdates delivers the first change of a quiet spell at once and then at most one batch per {LiveUpdates.Window.TotalMilliseconds:F0} ms; each page then reloads the shared overview counts and re-renders.");
        output.WriteLine("- bare: IHubContext<ComplaintHub>.Clients.All send (stamped just before) → received by N .NET SignalR clients (WebSockets) in another process; no database, no rendering.");
        output.WriteLine("- plain pages: the browser's floor, measured after the dashboards closed — N Chromium pages with the same five counter tiles and one raw WebSocket each; the server stamps and sends one text message to all, each page's script sets the counter's text, and the same MutationObserver stamps the change. No Blazor, SignalR or database.");
        foreach (var note in notes)
        {
            output.WriteLine($"- {note}");
        }
        output.WriteLine($"- clocks: largest |Date.now() − high-resolution wall clock| in a page {browser.MaxClockSkew:F1} ms (Date.now() is whole ms)");
        if (low is { } l && high is { } h)
        {
            var perCircuit = (h.Heap - l.Heap) / 1024.0 / (h.Circuits - l.Circuits);
            output.WriteLine($"- memory: {perCircuit.ToString("N0", CultureInfo.InvariantCulture)} KB per idle dashboard circuit (server GC heap after a forced full collection: {MB(l.Heap)} with {l.Circuits} circuits → {MB(h.Heap)} with {h.Circuits})");
        }
        return 0;
    }

    private static async Task<(List<double> Latencies, int Missed)> MeasurePlainPagesAsync(HostProcess host, DashboardPages plain, int messages)
    {
        var latencies = new List<double>();
        var missed = 0;
        var slowest = 0.0;
        for (var i = 0; i < WarmUp + messages; i++)
        {
            var seq = i + 1;
            var once = await ActOnceAsync(() => StampAsync(host, $"bare {seq}"), plain, slowest);
            slowest = once.Slowest;
            if (i >= WarmUp)
            {
                latencies.AddRange(once.Seen);
                missed += once.Missed;
            }
        }
        return (latencies, missed);
    }

    private static Task<double> ServerJitAsync(HostProcess host) => StampAsync(host, "jit");

    private static Task<double> ServerCpuAsync(HostProcess host) => StampAsync(host, "cpu");

    /// <summary>
    /// Registrations until the server's JIT is quiet (a running server has long compiled its hot paths; a fresh one
    /// spends most of its CPU on tier-1 recompilation, which would compete with the pages), then the measured ones.
    /// </summary>
    private static async Task<PagesResult> MeasurePagesAsync(HostProcess host, DashboardPages browser, int actions)
    {
        var slowest = 0.0;
        var warmUps = 0;
        var quietInARow = 0;
        var jitBefore = await ServerJitAsync(host);
        while (warmUps < MaxWarmUp && (warmUps < WarmUp || quietInARow < QuietActions))
        {
            slowest = (await ActOnceAsync(() => StampAsync(host, "register"), browser, slowest)).Slowest;
            warmUps++;
            var jit = await ServerJitAsync(host);
            quietInARow = jit - jitBefore < QuietJitMs ? quietInARow + 1 : 0;
            jitBefore = jit;
        }
        var latencies = new List<double>();
        var missed = 0;
        var (cpuBefore, jitStart) = (await ServerCpuAsync(host), await ServerJitAsync(host));
        for (var i = 0; i < actions; i++)
        {
            var once = await ActOnceAsync(() => StampAsync(host, "register"), browser, slowest);
            slowest = once.Slowest;
            latencies.AddRange(once.Seen);
            missed += once.Missed;
        }
        var (cpu, jitTime) = ((await ServerCpuAsync(host) - cpuBefore) / actions, (await ServerJitAsync(host) - jitStart) / actions);
        return new PagesResult(latencies, missed, warmUps, cpu, jitTime);
    }

    private sealed record PagesResult(List<double> Latencies, int Missed, int WarmUps, double ServerCpuPerAction, double ServerJitPerAction);

    /// <summary>The number the host answers a command with: epoch ms for <c>register</c> and <c>bare</c>, ms of CPU or JIT for <c>cpu</c> and <c>jit</c>.</summary>
    private static async Task<double> StampAsync(HostProcess host, string command) =>
        double.Parse((await host.RequestAsync(command)).Split(' ')[1], CultureInfo.InvariantCulture);

    /// <summary>One update: <paramref name="act"/> makes it and answers its start; then each page's first change after it.</summary>
    private static async Task<(List<double> Seen, int Missed, double Slowest)> ActOnceAsync(Func<Task<double>> act, DashboardPages pages, double slowest)
    {
        var started = await act();
        // First look once the previous action's slowest page would have updated: reading pages costs CPU too.
        var firstLook = TimeSpan.FromMilliseconds(Math.Clamp(slowest * 1.2, 400, 5000));
        var marks = await pages.TakeMarksAsync(started, firstLook, TimeSpan.FromSeconds(20));
        var seen = marks.Where(t => t is not null).Select(t => t!.Value - started).ToList();
        await Task.Delay(300); // idle between actions: longer than the throttle window, so each action starts a quiet spell
        return (seen, marks.Count(t => t is null), seen.Count > 0 ? seen.Max() : slowest);
    }

    private static async Task<(List<double> Latencies, int Missed)> MeasureBareAsync(HostProcess host, string cookie, int clients, int broadcasts)
    {
        Probe? current = null;
        var connections = new List<HubConnection>();
        try
        {
            for (var i = 0; i < clients; i += 10)
            {
                await Task.WhenAll(Enumerable.Range(i, Math.Min(10, clients - i)).Select(async _ =>
                {
                    var connection = new HubConnectionBuilder()
                        .WithUrl(new Uri(host.BaseAddress, ComplaintHub.Path.TrimStart('/')), o =>
                        {
                            o.Transports = HttpTransportType.WebSockets;
                            o.SkipNegotiation = true;
                            o.Headers["Cookie"] = cookie;
                        })
                        .Build();
                    connection.On<ComplaintChangedMessage>(nameof(IComplaintClient.ComplaintChanged), message =>
                    {
                        var now = EpochMs.Now();
                        if (Volatile.Read(ref current) is { } probe && message.ComplaintId == -probe.Seq)
                        {
                            probe.Add(now - (message.At.UtcDateTime - DateTime.UnixEpoch).TotalMilliseconds);
                        }
                    });
                    await connection.StartAsync();
                    lock (connections)
                    {
                        connections.Add(connection);
                    }
                }));
            }
            var latencies = new List<double>();
            var missed = 0;
            for (var seq = 1; seq <= WarmUp + broadcasts; seq++)
            {
                var probe = new Probe(seq, clients);
                Volatile.Write(ref current, probe);
                await host.RequestAsync($"broadcast {seq}");
                await Task.WhenAny(probe.Done.Task, Task.Delay(TimeSpan.FromSeconds(20)));
                if (seq > WarmUp)
                {
                    var got = probe.Latencies.ToList();
                    latencies.AddRange(got);
                    missed += clients - got.Count;
                }
                await Task.Delay(100);
            }
            return (latencies, missed);
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<(long Heap, int Circuits)> HeapAsync(HostProcess host, int pages)
    {
        await Task.Delay(2000); // let the last circuits settle
        var words = (await host.RequestAsync("heap")).Split(' ');
        var heap = long.Parse(words[1], CultureInfo.InvariantCulture);
        var circuits = int.Parse(words[2], CultureInfo.InvariantCulture);
        if (circuits != pages)
        {
            Console.Error.WriteLine($"  warning: {circuits} circuits open for {pages} pages");
        }
        Console.Error.WriteLine($"  heap with {circuits} circuits: {MB(heap)}");
        return (heap, circuits);
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    private static double Percentile(List<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string MB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<int>? Ints(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    private sealed class Probe(long seq, int expected)
    {
        private int _count;

        public long Seq => seq;
        public ConcurrentBag<double> Latencies { get; } = [];
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(double latency)
        {
            Latencies.Add(latency);
            if (Interlocked.Increment(ref _count) == expected)
            {
                Done.TrySetResult();
            }
        }
    }
}
