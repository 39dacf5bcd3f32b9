namespace ComplaintMonitor.Web.Features.Exports;

public enum ExportState
{
    Running,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>
/// One export running in the background for one user: its progress (rows written of the expected total) and, once
/// completed, the temp file that <c>GET /exports/{token}</c> hands to that user only.
/// </summary>
public sealed class ExportJob
{
    /// <summary>Progress is announced every this many rows (and at the end), so a 100,000-row export re-renders 100 times, not 100,000.</summary>
    public const int ProgressStep = 1_000;

    private readonly CancellationTokenSource _cts = new();
    private long _rowsWritten;

    internal ExportJob(string token, string userId, string fileName, ExportFormat format, string filePath, DateTimeOffset createdAt)
    {
        Token = token;
        UserId = userId;
        FileName = fileName;
        Format = format;
        FilePath = filePath;
        CreatedAt = createdAt;
    }

    /// <summary>Unguessable (256 random bits); with the user check, the download link is useless to anyone else.</summary>
    public string Token { get; }

    public string UserId { get; }

    public string FileName { get; }

    public ExportFormat Format { get; }

    internal string FilePath { get; }

    public DateTimeOffset CreatedAt { get; }

    public ExportState State { get; private set; } = ExportState.Running;

    public long RowsWritten => Interlocked.Read(ref _rowsWritten);

    public long? Total { get; private set; }

    public string? Error { get; private set; }

    public string DownloadPath => $"{ExportEndpoints.Path}/{Token}";

    /// <summary>Raised (on the export's thread) when progress moves by <see cref="ProgressStep"/> rows or the state changes.</summary>
    public event Action? Changed;

    internal CancellationToken CancellationToken => _cts.Token;

    public void Cancel() => _cts.Cancel();

    internal void SetTotal(long? total)
    {
        Total = total;
        Changed?.Invoke();
    }

    internal void RowWritten(long count)
    {
        Interlocked.Exchange(ref _rowsWritten, count);
        if (count % ProgressStep == 0)
        {
            Changed?.Invoke();
        }
    }

    internal void Finish(ExportState state, string? error = null)
    {
        Error = error;
        State = state;
        Changed?.Invoke();
    }

    internal void DisposeToken() => _cts.Dispose();
}
