using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ComplaintMonitor.Tests.TestSupport;

/// <summary>
/// The real application as a separate process (the built ComplaintMonitor.Web.dll) on a free loopback port, with its
/// own SQLite file and the demo data a first start seeds in Development — what a browser test talks to.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cm-e2e", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly List<string> _log = [];

    public Uri BaseAddress { get; private set; } = null!;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(80));
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var psi = new ProcessStartInfo("dotnet", [RepoPaths.WebDll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepoPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["ConnectionStrings__Complaints"] = $"Data Source={Path.Combine(_directory, "e2e.db")}";
        psi.Environment["Demo__SeedOnEmptyDatabase"] = "true";
        psi.Environment["Demo__Complaints"] = "80";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        // Not-upheld cases are then never sampled for 回头看, so a test can archive right after closing.
        psi.Environment["DeadlinePolicy__LookBackSampleRate"] = "0";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health within 90 s:\n{Log}");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
        }
    }

    private static int FreePort()
    {
        // Port 0 lets the OS pick a free ephemeral port; such ports are never on Chromium's unsafe list.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
