using System.Diagnostics;
using System.Threading.Channels;

namespace ComplaintMonitor.Bench;

/// <summary>
/// The <see cref="RealtimeHost"/> child process (this same bench executable with <c>realtime --serve</c>): started, asked
/// one line at a time, stopped. Runs with server GC, as the web app's own runtimeconfig does.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();
    private readonly Queue<string> _log = new();

    private HostProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <param name="database">An existing database for the host to serve (see <see cref="RealtimeHost.ServeAsync"/>); null for a fresh demo one.</param>
    public static async Task<HostProcess> StartAsync(string? database = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path");
        var psi = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(HostProcess).Assembly.Location);
        }
        psi.ArgumentList.Add("realtime");
        psi.ArgumentList.Add("--serve");
        if (database is not null)
        {
            psi.ArgumentList.Add("--database");
            psi.ArgumentList.Add(database);
        }
        psi.Environment["DOTNET_gcServer"] = "1";
        var host = new HostProcess(Process.Start(psi) ?? throw new InvalidOperationException("The host process did not start"));
        host._process.OutputDataReceived += (_, e) => host.OnOutput(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var ready = await host.ReadAsync(TimeSpan.FromMinutes(3));
        host.BaseAddress = new Uri(ready.Split(' ')[1]);
        return host;
    }

    public async Task<string> RequestAsync(string command, TimeSpan? timeout = null)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadAsync(timeout ?? TimeSpan.FromSeconds(60));
    }

    private async Task<string> ReadAsync(TimeSpan timeout)
    {
        try
        {
            var answer = await _answers.Reader.ReadAsync().AsTask().WaitAsync(timeout);
            return answer.StartsWith("error", StringComparison.Ordinal) ? throw new InvalidOperationException(answer) : answer;
        }
        catch (Exception e) when (e is ChannelClosedException or TimeoutException)
        {
            throw new InvalidOperationException($"The bench host gave no answer ({e.GetType().Name}). Its last lines:\n{Log()}", e);
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _answers.Writer.TryComplete();
        }
        else if (line.StartsWith(RealtimeHost.Prefix, StringComparison.Ordinal))
        {
            _answers.Writer.TryWrite(line[RealtimeHost.Prefix.Length..]);
        }
        else
        {
            Keep(line);
        }
    }

    // The app logs warnings only; they are kept for an error report and echoed to stderr so a run shows its trouble.
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        Console.Error.WriteLine("  host: " + line);
        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > 60)
            {
                _log.Dequeue();
            }
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await RequestAsync("quit", TimeSpan.FromSeconds(30));
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }
}
