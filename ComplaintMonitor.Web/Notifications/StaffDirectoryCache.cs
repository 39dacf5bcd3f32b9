using ComplaintMonitor.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintMonitor.Web.Notifications;

/// <summary>
/// The staff directory, re-read at most every 30 seconds: every action, scan and push asks who should be told, and
/// accounts change rarely. A new or re-bound account is reached within half a minute.
/// </summary>
public sealed class StaffDirectoryCache(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (StaffDirectory Directory, DateTimeOffset LoadedAt)? _current;

    public async Task<StaffDirectory> GetAsync(CancellationToken ct = default)
    {
        if (_current is { } c && time.GetUtcNow() - c.LoadedAt < MaxAge)
        {
            return c.Directory;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && time.GetUtcNow() - again.LoadedAt < MaxAge)
            {
                return again.Directory;
            }
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var directory = await StaffDirectory.LoadAsync(db, ct);
            _current = (directory, time.GetUtcNow());
            return directory;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;
}
