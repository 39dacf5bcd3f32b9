using System.Globalization;
using System.Net;
using ComplaintMonitor.Domain.Complaints;
using ComplaintMonitor.Domain.Organisation;
using ComplaintMonitor.Web.Data;
using ComplaintMonitor.Web.Data.Seeding;
using ComplaintMonitor.Web.Features.Complaints;
using ComplaintMonitor.Web.Realtime;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ComplaintMonitor.Bench;

/// <summary>
/// The server side of <c>bench realtime</c>, run as its own process so its GC heap holds the application alone (no
/// Playwright or SignalR client objects): the real app (its own Program, Development, demo data, jobs off) on Kestrel
/// at a loopback port, driven line by line over stdin. Answers are stdout lines starting with <see cref="Prefix"/>.
/// <list type="bullet">
/// <item><c>register</c> → registers a complaint through <see cref="RegisterComplaintHandler"/>; answers the epoch ms at which
/// the change feed published it (after commit).</item>
/// <item><c>broadcast SEQ</c> → a bare <c>IHubContext.Clients.All</c> send stamped with the send time (ComplaintId = −SEQ).</item>
/// <item><c>warm N</c> → N registrations before any page is open, so the action's path is compiled as in a server that has run for a while.</item>
/// <item><c>bare TEXT</c> → sends TEXT to every plain page of <see cref="BareSockets"/>; answers the epoch ms before the first send.</item>
/// <item><c>cpu</c>, <c>jit</c> → the process's CPU time and JIT compilation time so far, in ms.</item>
/// <item><c>heap</c> → the GC heap after a forced full collection, and the number of open circuits.</item>
/// </list>
/// </summary>
public static class RealtimeHost
{
    public const string Prefix = "@@ ";

    /// <param name="database">An existing (seeded, migrated) database to serve, given the demo accounts; null for a fresh demo database.</param>
    public static async Task<int> ServeAsync(string? database)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cm-rtbench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var port = FreePort();
        await using var app = new BenchApp(database ?? Path.Combine(directory, "realtime.db"));
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        app.StartServer();
        if (database is not null)
        {
            await using var users = app.Services.CreateAsyncScope();
            await DemoUsers.EnsureAsync(users.ServiceProvider);
        }

        var published = new Dictionary<long, double>();
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        // Subscribed before any circuit exists, so it is called right after the hub relay, ahead of every circuit.
        using var stamp = feed.Subscribe(change =>
        {
            if (change is ComplaintChanged { Action: "Register" } c)
            {
                var at = EpochMs.Now();
                lock (published)
                {
                    published[c.ComplaintId] = at;
                }
            }
            return Task.CompletedTask;
        });
        var hub = app.Services.GetRequiredService<IHubContext<ComplaintHub, IComplaintClient>>();
        var (actor, input) = await ActionInputAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<RegisterComplaintHandler>();

        Answer($"ready http://127.0.0.1:{port}");
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words.FirstOrDefault())
            {
                case "register":
                    var registered = await register.HandleAsync(input with { ReceivedAt = DateTimeOffset.UtcNow }, actor);
                    double at;
                    lock (published)
                    {
                        at = published[registered.Id];
                    }
                    Answer($"committed {Invariant(at)}");
                    break;
                case "warm":
                    // The action's own path (handler, EF, SQLite) runs once per measured action, so the JIT would keep
                    // promoting it for the first hundred actions; a server that has run for a day has long done so.
                    var count = int.Parse(words[1], CultureInfo.InvariantCulture);
                    for (var i = 0; i < count; i++)
                    {
                        await register.HandleAsync(input with { ReceivedAt = DateTimeOffset.UtcNow }, actor);
                    }
                    await Task.Delay(TimeSpan.FromSeconds(2)); // the background tier-1 compilations finish
                    Answer($"warm {count}");
                    break;
                case "broadcast":
                    var seq = long.Parse(words[1], CultureInfo.InvariantCulture);
                    await hub.Clients.All.ComplaintChanged(new ComplaintChangedMessage(-seq, "bench", "Bench", null, "Bench", 0, DateTimeOffset.UtcNow));
                    Answer("sent");
                    break;
                case "cpu":
                    Answer($"cpu {Invariant(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds)}");
                    break;
                case "bare":
                    var bare = app.Services.GetRequiredService<BareSockets>();
                    Answer($"sent {Invariant(await bare.SendAsync(words[1]))} {bare.Count}");
                    break;
                case "jit":
                    Answer($"jit {Invariant(System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds)}");
                    break;
                case "heap":
                    var heap = long.MaxValue;
                    for (var i = 0; i < 3; i++)
                    {
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        GC.Collect();
                        heap = Math.Min(heap, GC.GetTotalMemory(forceFullCollection: true));
                        await Task.Delay(200);
                    }
                    Answer($"heap {heap} {CircuitCounter.Open}");
                    break;
                case "quit":
                    await scope.DisposeAsync();
                    await app.DisposeAsync();
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    TryDelete(directory);
                    Answer("bye");
                    return 0;
                default:
                    Answer($"error unknown command “{line}”");
                    break;
            }
        }
        return 0;
    }

    private static void Answer(string text)
    {
        Console.Out.WriteLine(Prefix + text);
        Console.Out.Flush();
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A supervisor (the demo account) registering an oral complaint against a window of the first demo unit.</summary>
    private static async Task<(Actor Actor, NewComplaint Input)> ActionInputAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("supervisor")
            ?? throw new InvalidOperationException("The demo account “supervisor” is missing: was the demo data seeded?");
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await using (db)
        {
            var unit = await db.Units.OrderBy(u => u.Id).FirstAsync();
            var window = await db.Windows.FirstAsync(w => w.UnitId == unit.Id);
            var input = new NewComplaint
            {
                Channel = Channel.OnSite, Form = ComplaintForm.Oral, ReceivedAt = DateTimeOffset.UtcNow,
                Complainant = new Complainant("周八", "13800002222", null, null, false), RespondentType = RespondentType.Window,
                RespondentUnitId = unit.Id, RespondentWindowId = window.Id, Category = ComplaintCategory.Efficiency,
                Content = "实时推送测量：窗口办理效率（bench realtime）",
            };
            return (new Actor(user.Id, user.DisplayName, UserRole.Supervisor), input);
        }
    }

    private static int FreePort()
    {
        // Port 0 lets the OS pick a free ephemeral port; such ports are never on Chromium's unsafe list.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }

    /// <summary>
    /// The application's own Program (any type of its assembly names the entry point; the bench has a Program of its
    /// own), configured as a developer runs it: Development (static assets, demo data seeded on the empty database),
    /// 200 demo complaints, scheduled jobs off so nothing but the measured actions touches the database.
    /// </summary>
    private sealed class BenchApp(string databasePath) : WebApplicationFactory<ComplaintHub>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Complaints", $"Data Source={databasePath}");
            builder.UseSetting("Demo:SeedOnEmptyDatabase", "true");
            builder.UseSetting("Demo:Complaints", "200");
            builder.UseSetting("Jobs:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.ConfigureServices(services =>
            {
                // stdout carries the protocol alone
                services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                services.AddScoped<CircuitHandler, CircuitCounter>();
                services.AddSingleton<BareSockets>();
                services.AddSingleton<IStartupFilter>(sp => sp.GetRequiredService<BareSockets>());
            });
        }
    }

    /// <summary>Counts open circuits, so the memory figure is checked against the pages the driver believes open.</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        private static int _open;

        public static int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }
}
