using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using ComplaintMonitor.Domain.Calendar;

namespace ComplaintMonitor.Web.Features.Exports;

/// <summary>
/// Runs exports in the background, each into its own temp file, and keeps them until their user downloads them (the file
/// is then deleted) or for <see cref="Lifetime"/> at most. Singleton: a job outlives the request or circuit that began it.
/// </summary>
public sealed class ExportJobs : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ILogger<ExportJobs> _logger;
    private readonly ITimer _sweeper;

    public ExportJobs(TimeProvider time, ILogger<ExportJobs> logger)
    {
        _time = time;
        _logger = logger;
        Directory.CreateDirectory(Folder);
        _sweeper = time.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
    }

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "complaintmonitor-exports");

    /// <summary>Starts <paramref name="request"/> for <paramref name="userId"/>; the returned job reports progress as it runs.</summary>
    public ExportJob Start(string userId, ExportRequest request, ExportFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(request);
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = _time.GetUtcNow();
        var fileName = $"{request.FileBaseName}-{ChinaTime.ToLocal(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}{format.Extension()}";
        var job = new ExportJob(token, userId, fileName, format, Path.Combine(Folder, token + format.Extension()), now);
        _jobs[token] = job;
        // The culture of the page that asked flows into the task, so localised cell texts match the headers.
        _ = Task.Run(() => RunAsync(job, request), CancellationToken.None);
        return job;
    }

    public ExportJob? Find(string token) => _jobs.GetValueOrDefault(token);

    /// <summary>
    /// Hands the finished file to its owner once: the job is forgotten and the file deleted when the stream closes.
    /// Null for an unknown token, another user's export, or one not finished.
    /// </summary>
    public (ExportJob Job, Stream File)? TakeForDownload(string token, string userId)
    {
        if (!_jobs.TryGetValue(token, out var job) || !string.Equals(job.UserId, userId, StringComparison.Ordinal)
            || job.State != ExportState.Completed || !_jobs.TryRemove(new KeyValuePair<string, ExportJob>(token, job)))
        {
            return null;
        }
        var stream = new FileStream(job.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        job.DisposeToken();
        return (job, stream);
    }

    /// <summary>Cancels and deletes a job (the user left the page or started another one).</summary>
    public void Discard(ExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.Cancel();
        if (_jobs.TryRemove(new KeyValuePair<string, ExportJob>(job.Token, job)) && job.State != ExportState.Running)
        {
            Delete(job.FilePath);
        }
    }

    private async Task RunAsync(ExportJob job, ExportRequest request)
    {
        var ct = job.CancellationToken;
        try
        {
            if (request.Total is { } total)
            {
                job.SetTotal(await total(ct));
            }
            await using (var file = new FileStream(job.FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                long count = 0;
                if (job.Format == ExportFormat.Csv)
                {
                    await CsvExport.WriteAsync(file, request.Headers, request.Rows(ct), job.RowWritten, ct);
                }
                else
                {
                    // MiniExcel pulls rows synchronously; this is a background thread, so blocking on each page's query is fine.
                    XlsxExport.Write(file, request.Headers, Counted(request.Rows(ct).ToBlockingEnumerable(ct), () => job.RowWritten(++count)));
                }
            }
            if (ct.IsCancellationRequested || !_jobs.ContainsKey(job.Token))
            {
                throw new OperationCanceledException(ct);
            }
            job.Finish(ExportState.Completed);
        }
        catch (OperationCanceledException)
        {
            Delete(job.FilePath);
            job.Finish(ExportState.Cancelled);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Export {File} failed", job.FileName);
            Delete(job.FilePath);
            job.Finish(ExportState.Failed, ex.Message);
        }
    }

    private static IEnumerable<object?[]> Counted(IEnumerable<object?[]> rows, Action written)
    {
        foreach (var row in rows)
        {
            yield return row;
            written();
        }
    }

    /// <summary>Forgets jobs older than <see cref="Lifetime"/> and deletes their files.</summary>
    internal void Sweep()
    {
        var cutoff = _time.GetUtcNow() - Lifetime;
        foreach (var job in _jobs.Values.Where(j => j.CreatedAt < cutoff).ToList())
        {
            Discard(job);
        }
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not delete export file {Path}", path);
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var job in _jobs.Values.ToList())
        {
            Discard(job);
        }
    }
}
